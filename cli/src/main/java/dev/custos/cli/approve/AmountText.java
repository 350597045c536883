package dev.custos.cli.approve;

import dev.custos.chain.intent.Transfer;
import dev.custos.policy.approval.digest.ApprovalChain;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shows an amount in whole units where the decimals are known: the chain's coin (ether 18, bitcoin 8) and a few
 * well-known Ethereum mainnet tokens. Display only; the digest carries the integer in smallest units.
 */
final class AmountText {
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

    private AmountText() {}

    /** The amount in whole units with its symbol, if known; "unlimited" for an allowance of 2^256-1. */
    static Optional<String> whole(ApprovalChain chain, String network, Transfer transfer) {
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
