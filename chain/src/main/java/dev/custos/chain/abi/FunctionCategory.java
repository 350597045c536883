package dev.custos.chain.abi;

/** What a well-known function does, as far as risk is concerned. */
public enum FunctionCategory {
    /** Moves tokens (ERC-20, ERC-721, ERC-1155, Permit2 transferFrom). */
    TOKEN_TRANSFER,
    /** ERC-20 {@code approve} (also ERC-721 {@code approve}, which shares the selector). */
    TOKEN_APPROVAL,
    /** {@code increaseAllowance}. */
    ALLOWANCE_INCREASE,
    /** {@code decreaseAllowance}. */
    ALLOWANCE_DECREASE,
    /** ERC-721/1155 {@code setApprovalForAll}. */
    OPERATOR_APPROVAL,
    /** EIP-2612 {@code permit}. */
    PERMIT,
    /** Permit2 {@code permit} (single or batch). */
    PERMIT2_PERMIT,
    /** Permit2 {@code approve}. */
    PERMIT2_APPROVAL,
    /** Permit2 {@code permitTransferFrom}. */
    PERMIT2_TRANSFER,
    /** Ownable, transparent-proxy admin and ProxyAdmin ownership changes. */
    OWNERSHIP_TRANSFER,
    /** AccessControl {@code grantRole}. */
    ROLE_GRANT,
    /** AccessControl {@code revokeRole} and {@code renounceRole}. */
    ROLE_REVOKE,
    /** Proxy implementation upgrades. */
    UPGRADE,
    /** Safe {@code execTransaction}: carries an inner call. */
    SAFE_EXECUTION,
    /** Safe {@code multiSend}: carries a batch of inner calls. */
    MULTI_SEND,
    /** Module execution through an avatar (Safe or Zodiac Delay): carries an inner call. */
    MODULE_EXECUTION,
    /** Safe owner changes that also set the threshold. */
    OWNER_AND_THRESHOLD_CHANGE,
    /** Safe {@code swapOwner}. */
    OWNER_CHANGE,
    /** Safe {@code changeThreshold}. */
    THRESHOLD_CHANGE,
    /** Enabling, disabling or reconfiguring modules (Safe modules, Zodiac Delay settings, avatar/target). */
    MODULE_CHANGE,
    /** Safe transaction or module guard changes. */
    GUARD_CHANGE,
    /** Safe fallback handler change. */
    FALLBACK_HANDLER_CHANGE,
    /** Decoded for display; no specific risk attached. */
    OTHER
}
