package dev.custos.policy.approval.digest;

import dev.custos.chain.intent.Transfer;
import java.util.Set;
import java.util.regex.Pattern;

/** The canonical forms {@link ApprovalFacts} accepts, so that two implementations encode the same bytes. */
final class FactRules {
    private static final Pattern CHAIN_ID = Pattern.compile("0|[1-9][0-9]*");
    private static final Pattern ETHEREUM_ADDRESS = Pattern.compile("0x[0-9a-f]{40}");
    private static final Set<String> BITCOIN_NETWORKS = Set.of("mainnet", "testnet", "signet", "regtest");
    private static final Set<String> SOLANA_NETWORKS = Set.of("mainnet-beta", "devnet", "testnet", "localnet");

    private FactRules() {}

    static void requireNetwork(ApprovalChain chain, String network) {
        boolean valid = switch (chain) {
            case ETHEREUM -> CHAIN_ID.matcher(network).matches();
            case BITCOIN -> BITCOIN_NETWORKS.contains(network);
            case SOLANA -> SOLANA_NETWORKS.contains(network);
        };
        if (!valid) {
            throw new IllegalArgumentException("network '" + network + "' is not valid for " + chain.code() + ": "
                    + switch (chain) {
                        case ETHEREUM -> "give the chain id in decimal without leading zeros";
                        case BITCOIN -> "expected mainnet, testnet, signet or regtest";
                        case SOLANA -> "expected mainnet-beta, devnet, testnet or localnet";
                    });
        }
    }

    static void requireText(String what, String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        requireWellFormed(what, value);
    }

    static void requireTransfer(ApprovalChain chain, int index, Transfer transfer) {
        String where = "transfer " + index;
        requireWellFormed(where + " asset", transfer.asset());
        requireWellFormed(where + " recipient", transfer.recipient());
        switch (chain) {
            case ETHEREUM -> {
                if (!transfer.asset().equals("native")
                        && !ETHEREUM_ADDRESS.matcher(transfer.asset()).matches()) {
                    throw new IllegalArgumentException(where + " asset '" + transfer.asset()
                            + "' must be 'native' or a lowercase 0x token contract address");
                }
                if (!ETHEREUM_ADDRESS.matcher(transfer.recipient()).matches()) {
                    throw new IllegalArgumentException(where + " recipient '" + transfer.recipient()
                            + "' must be a lowercase 0x address of 40 hex digits");
                }
            }
            case BITCOIN -> {
                if (!transfer.asset().equals("btc") || transfer.kind() != Transfer.Kind.NATIVE) {
                    throw new IllegalArgumentException(
                            where + " on bitcoin must be a native transfer of asset 'btc', got " + transfer.kind()
                                    + " of '" + transfer.asset() + "'");
                }
            }
            case SOLANA -> {
                // Solana transfers are not decoded yet; any well-formed strings are encoded as given
            }
        }
    }

    /** Refuses unpaired surrogates: they have no UTF-8 encoding, and Java would silently replace them. */
    private static void requireWellFormed(String what, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException(what + " holds an unpaired UTF-16 surrogate at index " + i);
            }
        }
    }
}
