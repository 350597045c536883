package dev.custos.server.console.requests;

import java.util.Map;

/**
 * What each decoder flag (docs/DECODING.md, "Flags") means to a person about to approve, in plain language. A flag
 * this table does not know is shown with a generic explanation, never hidden.
 */
final class FlagExplanations {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry(
                    "delegatecall",
                    "The wallet runs another contract's code as if it were its own (DELEGATECALL). That code can"
                            + " change the wallet's owners and move everything it holds. This is how the Bybit"
                            + " wallet was taken over."),
            Map.entry(
                    "unknown_target",
                    "A call goes to an address that is not among the policy's known contracts. Nobody has said"
                            + " what that contract does."),
            Map.entry(
                    "unknown_calldata",
                    "Part of the call could not be decoded: the function is unknown or its arguments do not fit."
                            + " Approving it is blind signing."),
            Map.entry("owner_change", "The Safe's owners are added, removed or swapped."),
            Map.entry("threshold_change", "The number of owner signatures the Safe needs is changed."),
            Map.entry(
                    "module_change",
                    "A Safe module is enabled or disabled (or a Zodiac modifier reconfigured). A module can move"
                            + " funds without the owners' signatures."),
            Map.entry(
                    "guard_change",
                    "The Safe's transaction guard changes: the check that runs before every Safe transaction."),
            Map.entry(
                    "fallback_handler_change",
                    "The Safe's fallback handler changes: the contract that answers calls the Safe does not"
                            + " know."),
            Map.entry(
                    "implementation_change", "A proxy's implementation is upgraded: the contract's code is replaced."),
            Map.entry("ownership_transfer", "Ownership or proxy admin rights are transferred or renounced."),
            Map.entry("role_grant", "An access-control role is granted to an address."),
            Map.entry(
                    "unlimited_approval",
                    "A token allowance of (nearly) unlimited size: the spender can take every such token the"
                            + " wallet will ever hold."),
            Map.entry(
                    "approval_for_all",
                    "An operator is allowed to move every token of an NFT collection the wallet holds."),
            Map.entry(
                    "permit",
                    "A signature-based approval or transfer (EIP-2612 permit or Permit2): tokens can move later"
                            + " without another transaction from this wallet."),
            Map.entry(
                    "nested_multisend",
                    "A batch of calls (multiSend) inside another batch: read every inner call below."),
            Map.entry("native_transfer", "The transaction sends the chain's own coin (for example ETH)."),
            Map.entry("token_transfer", "The transaction transfers tokens."),
            Map.entry(
                    "durable_nonce",
                    "Solana: this transaction does not expire; once signed it can be submitted at any later"
                            + " time."),
            Map.entry(
                    "unresolved_accounts",
                    "Solana: some accounts are named only through lookup tables; who they are depends on the"
                            + " chain's state."),
            Map.entry(
                    "signature_mismatch",
                    "Attached owner signatures do not recover to the owners they claim for this payload: someone"
                            + " may have signed something else."));

    /** Flags that mean the request can take the wallet over or sign blind. */
    private static final java.util.Set<String> DANGEROUS = java.util.Set.of(
            "delegatecall",
            "unknown_target",
            "unknown_calldata",
            "owner_change",
            "threshold_change",
            "module_change",
            "guard_change",
            "fallback_handler_change",
            "implementation_change",
            "ownership_transfer",
            "role_grant",
            "unlimited_approval",
            "approval_for_all",
            "signature_mismatch");

    private FlagExplanations() {}

    static String explain(String flag) {
        return TEXT.getOrDefault(flag, "A finding of the decoder; see docs/DECODING.md, \"Flags\".");
    }

    static boolean dangerous(String flag) {
        return DANGEROUS.contains(flag);
    }
}
