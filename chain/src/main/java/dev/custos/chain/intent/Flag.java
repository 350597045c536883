package dev.custos.chain.intent;

/** Risk flags attached to a decoded intent. The wire names are a stable contract (docs/DECODING.md, "Flags"). */
public enum Flag {
    /** A call is executed with DELEGATECALL: the target's code runs with the caller's storage and funds. */
    DELEGATECALL("delegatecall"),
    /** A call targets an address not in the address book (or deploys a contract). */
    UNKNOWN_TARGET("unknown_target"),
    /** Non-empty calldata whose selector is unknown or whose arguments do not decode, or init code. */
    UNKNOWN_CALLDATA("unknown_calldata"),
    /** Safe owners added, removed or swapped. */
    OWNER_CHANGE("owner_change"),
    /** Safe threshold set (changeThreshold, or addOwnerWithThreshold/removeOwner, which set it too). */
    THRESHOLD_CHANGE("threshold_change"),
    /** Safe modules enabled or disabled, or a Zodiac modifier reconfigured (cooldown, expiration, nonce, avatar, target). */
    MODULE_CHANGE("module_change"),
    /** Safe transaction guard or module guard changed. */
    GUARD_CHANGE("guard_change"),
    /** Safe fallback handler changed. */
    FALLBACK_HANDLER_CHANGE("fallback_handler_change"),
    /** Proxy implementation upgraded (upgradeTo, upgradeToAndCall, ProxyAdmin upgrade/upgradeAndCall). */
    IMPLEMENTATION_CHANGE("implementation_change"),
    /** Ownership or proxy admin transferred or renounced. */
    OWNERSHIP_TRANSFER("ownership_transfer"),
    /** AccessControl role granted. */
    ROLE_GRANT("role_grant"),
    /** Allowance of at least half the amount type's range (2^255 for uint256, 2^159 for Permit2's uint160). */
    UNLIMITED_APPROVAL("unlimited_approval"),
    /** setApprovalForAll(operator, true). */
    APPROVAL_FOR_ALL("approval_for_all"),
    /** EIP-2612 permit or Permit2 signature-based approval or transfer. */
    PERMIT("permit"),
    /** A multiSend batch nested inside another decoded call. */
    NESTED_MULTISEND("nested_multisend"),
    /** A call sends native coin (value greater than 0). */
    NATIVE_TRANSFER("native_transfer"),
    /** A token transfer function (ERC-20/721/1155, Permit2). */
    TOKEN_TRANSFER("token_transfer"),
    /**
     * Solana: the transaction uses a durable nonce (its first instruction advances a nonce account) instead of a recent
     * blockhash, so it does not expire: once signed it can be submitted at any later time.
     */
    DURABLE_NONCE("durable_nonce"),
    /**
     * Solana: instructions use accounts loaded from address lookup tables, which the message names only by table and
     * index; who they are depends on the tables' on-chain content.
     */
    UNRESOLVED_ACCOUNTS("unresolved_accounts"),
    /** Attached signatures do not recover to the owners they claim for this payload. */
    SIGNATURE_MISMATCH("signature_mismatch");

    private final String wireName;

    Flag(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
