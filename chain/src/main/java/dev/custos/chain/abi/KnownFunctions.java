package dev.custos.chain.abi;

import static dev.custos.chain.abi.FunctionCategory.ALLOWANCE_DECREASE;
import static dev.custos.chain.abi.FunctionCategory.ALLOWANCE_INCREASE;
import static dev.custos.chain.abi.FunctionCategory.FALLBACK_HANDLER_CHANGE;
import static dev.custos.chain.abi.FunctionCategory.GUARD_CHANGE;
import static dev.custos.chain.abi.FunctionCategory.MODULE_CHANGE;
import static dev.custos.chain.abi.FunctionCategory.MODULE_EXECUTION;
import static dev.custos.chain.abi.FunctionCategory.MULTI_SEND;
import static dev.custos.chain.abi.FunctionCategory.OPERATOR_APPROVAL;
import static dev.custos.chain.abi.FunctionCategory.OTHER;
import static dev.custos.chain.abi.FunctionCategory.OWNERSHIP_TRANSFER;
import static dev.custos.chain.abi.FunctionCategory.OWNER_AND_THRESHOLD_CHANGE;
import static dev.custos.chain.abi.FunctionCategory.OWNER_CHANGE;
import static dev.custos.chain.abi.FunctionCategory.PERMIT;
import static dev.custos.chain.abi.FunctionCategory.PERMIT2_APPROVAL;
import static dev.custos.chain.abi.FunctionCategory.PERMIT2_PERMIT;
import static dev.custos.chain.abi.FunctionCategory.PERMIT2_TRANSFER;
import static dev.custos.chain.abi.FunctionCategory.ROLE_GRANT;
import static dev.custos.chain.abi.FunctionCategory.ROLE_REVOKE;
import static dev.custos.chain.abi.FunctionCategory.SAFE_EXECUTION;
import static dev.custos.chain.abi.FunctionCategory.THRESHOLD_CHANGE;
import static dev.custos.chain.abi.FunctionCategory.TOKEN_APPROVAL;
import static dev.custos.chain.abi.FunctionCategory.TOKEN_TRANSFER;
import static dev.custos.chain.abi.FunctionCategory.UPGRADE;

import java.util.List;

/**
 * The built-in table of well-known functions. Signatures are written with parameter names; selectors are derived from
 * them. Where two standards share a signature (ERC-20 and ERC-721 {@code approve}/{@code transferFrom}, Safe and
 * Zodiac {@code enableModule}), one entry serves both.
 */
public final class KnownFunctions {
    private static final String PERMIT_DETAILS = "(address token,uint160 amount,uint48 expiration,uint48 nonce)";

    private static final List<KnownFunction> ALL = List.of(
            // ERC-20 (approve and transferFrom share their selectors with ERC-721)
            known("transfer(address to,uint256 amount)", TOKEN_TRANSFER, "ERC-20"),
            known("transferFrom(address from,address to,uint256 amount)", TOKEN_TRANSFER, "ERC-20/ERC-721"),
            known("approve(address spender,uint256 amount)", TOKEN_APPROVAL, "ERC-20/ERC-721"),
            known("increaseAllowance(address spender,uint256 addedValue)", ALLOWANCE_INCREASE, "ERC-20"),
            known("decreaseAllowance(address spender,uint256 subtractedValue)", ALLOWANCE_DECREASE, "ERC-20"),
            // ERC-721 and ERC-1155
            known("safeTransferFrom(address from,address to,uint256 tokenId)", TOKEN_TRANSFER, "ERC-721"),
            known("safeTransferFrom(address from,address to,uint256 tokenId,bytes data)", TOKEN_TRANSFER, "ERC-721"),
            known("setApprovalForAll(address operator,bool approved)", OPERATOR_APPROVAL, "ERC-721/ERC-1155"),
            known(
                    "safeTransferFrom(address from,address to,uint256 id,uint256 amount,bytes data)",
                    TOKEN_TRANSFER,
                    "ERC-1155"),
            known(
                    "safeBatchTransferFrom(address from,address to,uint256[] ids,uint256[] amounts,bytes data)",
                    TOKEN_TRANSFER,
                    "ERC-1155"),
            // EIP-2612 and Permit2
            known(
                    "permit(address owner,address spender,uint256 value,uint256 deadline,uint8 v,bytes32 r,bytes32 s)",
                    PERMIT,
                    "EIP-2612"),
            known(
                    "permit(address owner,(" + PERMIT_DETAILS
                            + " details,address spender,uint256 sigDeadline) permitSingle,bytes signature)",
                    PERMIT2_PERMIT,
                    "Permit2"),
            known(
                    "permit(address owner,(" + PERMIT_DETAILS
                            + "[] details,address spender,uint256 sigDeadline) permitBatch,bytes signature)",
                    PERMIT2_PERMIT,
                    "Permit2"),
            known(
                    "permitTransferFrom(((address token,uint256 amount) permitted,uint256 nonce,uint256 deadline)"
                            + " permit,(address to,uint256 requestedAmount) transferDetails,address owner,"
                            + "bytes signature)",
                    PERMIT2_TRANSFER,
                    "Permit2"),
            known(
                    "approve(address token,address spender,uint160 amount,uint48 expiration)",
                    PERMIT2_APPROVAL,
                    "Permit2"),
            known("transferFrom(address from,address to,uint160 amount,address token)", TOKEN_TRANSFER, "Permit2"),
            // Ownable and AccessControl
            known("transferOwnership(address newOwner)", OWNERSHIP_TRANSFER, "Ownable"),
            known("renounceOwnership()", OWNERSHIP_TRANSFER, "Ownable"),
            known("grantRole(bytes32 role,address account)", ROLE_GRANT, "AccessControl"),
            known("revokeRole(bytes32 role,address account)", ROLE_REVOKE, "AccessControl"),
            known("renounceRole(bytes32 role,address account)", ROLE_REVOKE, "AccessControl"),
            // Proxies (ERC-1967 / UUPS / transparent proxy / ProxyAdmin)
            known("upgradeTo(address newImplementation)", UPGRADE, "ERC-1967 proxy"),
            known("upgradeToAndCall(address newImplementation,bytes data)", UPGRADE, "ERC-1967 proxy"),
            known("changeAdmin(address newAdmin)", OWNERSHIP_TRANSFER, "transparent proxy"),
            known("upgrade(address proxy,address implementation)", UPGRADE, "ProxyAdmin"),
            known("upgradeAndCall(address proxy,address implementation,bytes data)", UPGRADE, "ProxyAdmin"),
            known("changeProxyAdmin(address proxy,address newAdmin)", OWNERSHIP_TRANSFER, "ProxyAdmin"),
            // Safe
            known(
                    "execTransaction(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
                            + "uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,"
                            + "bytes signatures)",
                    SAFE_EXECUTION,
                    "Safe"),
            known("multiSend(bytes transactions)", MULTI_SEND, "Safe MultiSend"),
            known("addOwnerWithThreshold(address owner,uint256 threshold)", OWNER_AND_THRESHOLD_CHANGE, "Safe"),
            known("removeOwner(address prevOwner,address owner,uint256 threshold)", OWNER_AND_THRESHOLD_CHANGE, "Safe"),
            known("swapOwner(address prevOwner,address oldOwner,address newOwner)", OWNER_CHANGE, "Safe"),
            known("changeThreshold(uint256 threshold)", THRESHOLD_CHANGE, "Safe"),
            known("enableModule(address module)", MODULE_CHANGE, "Safe/Zodiac"),
            known("disableModule(address prevModule,address module)", MODULE_CHANGE, "Safe/Zodiac"),
            known("setGuard(address guard)", GUARD_CHANGE, "Safe"),
            known("setModuleGuard(address moduleGuard)", GUARD_CHANGE, "Safe 1.5"),
            known("setFallbackHandler(address handler)", FALLBACK_HANDLER_CHANGE, "Safe"),
            known("approveHash(bytes32 hashToApprove)", OTHER, "Safe"),
            known(
                    "execTransactionFromModule(address to,uint256 value,bytes data,uint8 operation)",
                    MODULE_EXECUTION,
                    "Safe/Zodiac"),
            known(
                    "execTransactionFromModuleReturnData(address to,uint256 value,bytes data,uint8 operation)",
                    MODULE_EXECUTION,
                    "Safe/Zodiac"),
            // Zodiac Delay modifier
            known("setTxCooldown(uint256 cooldown)", MODULE_CHANGE, "Zodiac Delay"),
            known("setTxExpiration(uint256 expiration)", MODULE_CHANGE, "Zodiac Delay"),
            known("setTxNonce(uint256 nonce)", MODULE_CHANGE, "Zodiac Delay"),
            known("setAvatar(address avatar)", MODULE_CHANGE, "Zodiac"),
            known("setTarget(address target)", MODULE_CHANGE, "Zodiac"),
            known(
                    "executeNextTx(address to,uint256 value,bytes data,uint8 operation)",
                    MODULE_EXECUTION,
                    "Zodiac Delay"),
            known("skipExpired()", OTHER, "Zodiac Delay"),
            // Zodiac Roles modifier v1 (uint16 roles) and v2 (bytes32 role keys): granting a role or widening what it
            // may call hands a module the power to move funds without the owners, so both count as role grants.
            known("assignRoles(address module,uint16[] roles,bool[] memberOf)", ROLE_GRANT, "Zodiac Roles v1"),
            known("assignRoles(address module,bytes32[] roleKeys,bool[] memberOf)", ROLE_GRANT, "Zodiac Roles v2"),
            known("setDefaultRole(address module,uint16 role)", ROLE_GRANT, "Zodiac Roles v1"),
            known("setDefaultRole(address module,bytes32 roleKey)", ROLE_GRANT, "Zodiac Roles v2"),
            known("allowTarget(uint16 role,address targetAddress,uint8 options)", ROLE_GRANT, "Zodiac Roles v1"),
            known("allowTarget(bytes32 roleKey,address targetAddress,uint8 options)", ROLE_GRANT, "Zodiac Roles v2"),
            known("scopeTarget(uint16 role,address targetAddress)", ROLE_GRANT, "Zodiac Roles v1"),
            known("scopeTarget(bytes32 roleKey,address targetAddress)", ROLE_GRANT, "Zodiac Roles v2"),
            known(
                    "scopeAllowFunction(uint16 role,address targetAddress,bytes4 functionSig,uint8 options)",
                    ROLE_GRANT,
                    "Zodiac Roles v1"),
            known(
                    "allowFunction(bytes32 roleKey,address targetAddress,bytes4 selector,uint8 options)",
                    ROLE_GRANT,
                    "Zodiac Roles v2"),
            known("revokeTarget(uint16 role,address targetAddress)", ROLE_REVOKE, "Zodiac Roles v1"),
            known("revokeTarget(bytes32 roleKey,address targetAddress)", ROLE_REVOKE, "Zodiac Roles v2"),
            known(
                    "scopeRevokeFunction(uint16 role,address targetAddress,bytes4 functionSig)",
                    ROLE_REVOKE,
                    "Zodiac Roles v1"),
            known(
                    "revokeFunction(bytes32 roleKey,address targetAddress,bytes4 selector)",
                    ROLE_REVOKE,
                    "Zodiac Roles v2"),
            known(
                    "execTransactionWithRole(address to,uint256 value,bytes data,uint8 operation,uint16 role,"
                            + "bool shouldRevert)",
                    MODULE_EXECUTION,
                    "Zodiac Roles v1"),
            known(
                    "execTransactionWithRole(address to,uint256 value,bytes data,uint8 operation,bytes32 roleKey,"
                            + "bool shouldRevert)",
                    MODULE_EXECUTION,
                    "Zodiac Roles v2"));

    private KnownFunctions() {}

    public static List<KnownFunction> all() {
        return ALL;
    }

    private static KnownFunction known(String signature, FunctionCategory category, String standard) {
        return new KnownFunction(AbiFunction.parse(signature), category, standard);
    }
}
