package dev.custos.chain.intent;

/**
 * The token standard a contract implements, as a trusted source (the quorum-signed policy) declares it. ERC-20 and
 * ERC-721 share the selectors of {@code transferFrom} and {@code approve}, so only a declaration can say whether the
 * third argument is an amount or a token id.
 */
public enum TokenStandard {
    ERC20("erc20"),
    ERC721("erc721"),
    ERC1155("erc1155");

    private final String wireName;

    TokenStandard(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in policy documents: {@code erc20}, {@code erc721} or {@code erc1155}. */
    public String wireName() {
        return wireName;
    }
}
