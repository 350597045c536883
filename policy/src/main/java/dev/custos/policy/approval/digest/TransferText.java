package dev.custos.policy.approval.digest;

import dev.custos.chain.intent.Transfer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How approvers read what they approve, the same in {@code custos approve} and in the console: each transfer as one
 * line with the amount in whole units where the decimals are known (the chain's coin and a few well-known Ethereum
 * mainnet tokens), and the approval digest as a fingerprint to compare between the two. Display only; the digest
 * carries integers in smallest units.
 */
public final class TransferText {
    private static final BigInteger UNLIMITED = BigInteger.TWO.pow(256).subtract(BigInteger.ONE);

    /** Symbol and decimals of well-known tokens on Ethereum mainnet (chain 1). */
    private static final Map<String, Token> MAINNET_TOKENS = Map.of(
            "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", new Token("USDC", 6),
            "0xdac17f958d2ee523a2206206994597c13d831ec7", new Token("USDT", 6),
            "0x6b175474e89094c44da98b954eedeac495271d0f", new Token("DAI", 18),
            "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", new Token("WETH", 18),
            "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599", new Token("WBTC", 8));

    /** Chains whose native coin is ether: mainnet, OP, Base, Arbitrum One, Sepolia, Holesky. */
    private static final Set<String> ETHER_NETWORKS = Set.of("1", "10", "8453", "42161", "11155111", "17000");

    private record Token(String symbol, int decimals) {}

    private TransferText() {}

    /** The amount in whole units with its symbol, if known; "unlimited" for an allowance of 2^256-1. */
    public static Optional<String> whole(ApprovalChain chain, String network, Transfer transfer) {
        if (transfer.kind() == Transfer.Kind.APPROVAL && transfer.amount().equals(UNLIMITED)) {
            return Optional.of("unlimited");
        }
        if (transfer.kind() == Transfer.Kind.NFT || transfer.kind() == Transfer.Kind.OPERATOR_APPROVAL) {
            return Optional.empty();
        }
        return token(chain, network, transfer.asset())
                .map(token -> new BigDecimal(transfer.amount(), token.decimals())
                                .stripTrailingZeros()
                                .toPlainString()
                        + " " + token.symbol());
    }

    /** One transfer as a sentence: {@code send 1 ETH (1000000000000000000) to 0x…}. */
    public static String line(ApprovalFacts facts, Transfer transfer) {
        String amount = whole(facts.chain(), facts.network(), transfer)
                .map(text -> text + " (" + transfer.amount() + ")")
                .orElse(transfer.amount().toString());
        return switch (transfer.kind()) {
            case NATIVE -> "send " + amount + " to " + transfer.recipient();
            case TOKEN -> "send " + amount + " of token " + transfer.asset() + " to " + transfer.recipient();
            case NFT -> "send " + amount + " of NFT collection " + transfer.asset() + " to " + transfer.recipient();
            case APPROVAL -> "allow " + transfer.recipient() + " to spend " + amount + " of token " + transfer.asset();
            case OPERATOR_APPROVAL ->
                (transfer.amount().signum() == 0 ? "revoke " : "allow ") + transfer.recipient()
                        + " to move every token of collection " + transfer.asset();
        };
    }

    /**
     * The approval digest as people compare it: all 32 bytes in hex, in 16 groups of four digits
     * ({@code 3f2a 91c0 …}), so that no part of it is left out of the comparison.
     */
    public static String fingerprint(byte[] digest) {
        if (digest.length != ApprovalFacts.HASH_LENGTH) {
            throw new IllegalArgumentException("an approval digest has 32 bytes, not " + digest.length);
        }
        String hex = HexFormat.of().formatHex(digest);
        StringBuilder out = new StringBuilder(80);
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(hex, i, i + 4);
        }
        return out.toString();
    }

    private static Optional<Token> token(ApprovalChain chain, String network, String asset) {
        return switch (chain) {
            case ETHEREUM ->
                asset.equals("native")
                        ? Optional.of(new Token(ETHER_NETWORKS.contains(network) ? "ETH" : "(native coin)", 18))
                        : network.equals("1") ? Optional.ofNullable(MAINNET_TOKENS.get(asset)) : Optional.empty();
            case BITCOIN -> Optional.of(new Token("BTC", 8));
            case SOLANA -> Optional.empty();
        };
    }
}
