package dev.custos.chain.safe;

/** The kinds of owner signature a Safe accepts, told apart by the {@code v} byte. */
public enum SignatureKind {
    /** v = 27/28: ECDSA over safeTxHash (EIP-712 signing). */
    EOA("eoa"),
    /** v = 31/32: ECDSA with v − 4 over the {@code "\x19Ethereum Signed Message:\n32"} hash of safeTxHash. */
    ETH_SIGN("eth_sign"),
    /** v = 0: EIP-1271 contract signature; the owner contract is in r. Needs an on-chain call to verify. */
    CONTRACT("contract"),
    /** v = 1: pre-approved hash; the owner is in r. Needs on-chain state to verify. */
    APPROVED_HASH("approved_hash"),
    /** Not a Safe signature (too short, or an unknown v). */
    MALFORMED("malformed");

    private final String wireName;

    SignatureKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
