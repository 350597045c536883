package dev.custos.chain.intent;

import static dev.custos.chain.intent.Calls.MAX_UINT256;
import static dev.custos.chain.intent.Calls.SPENDER;
import static dev.custos.chain.intent.Calls.TOKEN;
import static dev.custos.chain.intent.Calls.addressValue;
import static dev.custos.chain.intent.Calls.calldata;
import static dev.custos.chain.intent.Calls.number;
import static dev.custos.chain.intent.Calls.safeTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiType;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlagRulesTest {
    private static final BigInteger HALF = BigInteger.ONE.shiftLeft(255);
    private static final AbiValue BYTES32 = new AbiValue.BytesValue(new byte[32]);

    private static Set<Flag> flagsOf(byte[] data) {
        AddressBook book = AddressBook.of(List.of(new AddressBookEntry(TOKEN, "token", AddressKind.KNOWN_CONTRACT)));
        return IntentDecoder.withWellKnownFunctions(book)
                .decodeSafeTransaction(
                        safeTransaction(TOKEN, BigInteger.ZERO, data, Operation.CALL),
                        BigInteger.ONE,
                        SafeVersion.DEFAULT)
                .flags();
    }

    @Test
    void approve_isUnlimitedFromHalfTheRange() {
        String approve = "approve(address spender,uint256 amount)";
        assertThat(flagsOf(calldata(approve, addressValue(SPENDER), number(MAX_UINT256))))
                .containsExactly(Flag.UNLIMITED_APPROVAL);
        assertThat(flagsOf(calldata(approve, addressValue(SPENDER), number(HALF))))
                .containsExactly(Flag.UNLIMITED_APPROVAL);
        assertThat(flagsOf(calldata(approve, addressValue(SPENDER), number(HALF.subtract(BigInteger.ONE)))))
                .isEmpty();
    }

    @Test
    void increaseAllowance_unlimited() {
        assertThat(flagsOf(calldata(
                        "increaseAllowance(address spender,uint256 addedValue)",
                        addressValue(SPENDER),
                        number(MAX_UINT256))))
                .containsExactly(Flag.UNLIMITED_APPROVAL);
    }

    @Test
    void eip2612Permit_isPermit_andUnlimitedWhenMax() {
        String permit =
                "permit(address owner,address spender,uint256 value,uint256 deadline,uint8 v,bytes32 r,bytes32 s)";
        assertThat(flagsOf(calldata(
                        permit,
                        addressValue(TOKEN),
                        addressValue(SPENDER),
                        number(MAX_UINT256),
                        number(1),
                        number(27),
                        BYTES32,
                        BYTES32)))
                .containsExactlyInAnyOrder(Flag.PERMIT, Flag.UNLIMITED_APPROVAL);
        assertThat(flagsOf(calldata(
                        permit,
                        addressValue(TOKEN),
                        addressValue(SPENDER),
                        number(5),
                        number(1),
                        number(27),
                        BYTES32,
                        BYTES32)))
                .containsExactly(Flag.PERMIT);
    }

    @Test
    void permit2Single_usesTheUint160Threshold() {
        String signature =
                "permit(address owner,((address token,uint160 amount,uint48 expiration,uint48 nonce) details,"
                        + "address spender,uint256 sigDeadline) permitSingle,bytes signature)";
        BigInteger maxUint160 = BigInteger.ONE.shiftLeft(160).subtract(BigInteger.ONE);

        assertThat(flagsOf(permit2(signature, maxUint160)))
                .containsExactlyInAnyOrder(Flag.PERMIT, Flag.UNLIMITED_APPROVAL);
        assertThat(flagsOf(permit2(signature, BigInteger.valueOf(1000)))).containsExactly(Flag.PERMIT);
    }

    @Test
    void setApprovalForAll_onlyWhenApproving() {
        String signature = "setApprovalForAll(address operator,bool approved)";
        assertThat(flagsOf(calldata(signature, addressValue(SPENDER), new AbiValue.BoolValue(true))))
                .containsExactly(Flag.APPROVAL_FOR_ALL);
        assertThat(flagsOf(calldata(signature, addressValue(SPENDER), new AbiValue.BoolValue(false))))
                .isEmpty();
    }

    @Test
    void governanceFunctions_raiseTheirFlags() {
        AbiValue someone = addressValue(SPENDER);
        assertThat(flagsOf(calldata("transferOwnership(address newOwner)", someone)))
                .containsExactly(Flag.OWNERSHIP_TRANSFER);
        assertThat(flagsOf(calldata("renounceOwnership()"))).containsExactly(Flag.OWNERSHIP_TRANSFER);
        assertThat(flagsOf(calldata("changeAdmin(address newAdmin)", someone)))
                .containsExactly(Flag.OWNERSHIP_TRANSFER);
        assertThat(flagsOf(calldata("grantRole(bytes32 role,address account)", BYTES32, someone)))
                .containsExactly(Flag.ROLE_GRANT);
        assertThat(flagsOf(calldata("revokeRole(bytes32 role,address account)", BYTES32, someone)))
                .isEmpty();
        assertThat(flagsOf(calldata("upgradeTo(address newImplementation)", someone)))
                .containsExactly(Flag.IMPLEMENTATION_CHANGE);
        assertThat(flagsOf(calldata(
                        "upgradeToAndCall(address newImplementation,bytes data)", someone, Calls.bytes(new byte[3]))))
                .containsExactly(Flag.IMPLEMENTATION_CHANGE);
        assertThat(flagsOf(calldata("addOwnerWithThreshold(address owner,uint256 threshold)", someone, number(2))))
                .containsExactlyInAnyOrder(Flag.OWNER_CHANGE, Flag.THRESHOLD_CHANGE);
        assertThat(flagsOf(calldata(
                        "swapOwner(address prevOwner,address oldOwner,address newOwner)", someone, someone, someone)))
                .containsExactly(Flag.OWNER_CHANGE);
        assertThat(flagsOf(calldata("changeThreshold(uint256 threshold)", number(1))))
                .containsExactly(Flag.THRESHOLD_CHANGE);
        assertThat(flagsOf(calldata("enableModule(address module)", someone))).containsExactly(Flag.MODULE_CHANGE);
        assertThat(flagsOf(calldata("setTxCooldown(uint256 cooldown)", number(0))))
                .containsExactly(Flag.MODULE_CHANGE);
        assertThat(flagsOf(calldata("setGuard(address guard)", someone))).containsExactly(Flag.GUARD_CHANGE);
        assertThat(flagsOf(calldata("setFallbackHandler(address handler)", someone)))
                .containsExactly(Flag.FALLBACK_HANDLER_CHANGE);
    }

    @Test
    void tokenTransfers_areFlagged() {
        assertThat(flagsOf(calldata("transfer(address to,uint256 amount)", addressValue(SPENDER), number(1))))
                .containsExactly(Flag.TOKEN_TRANSFER);
        assertThat(flagsOf(calldata(
                        "safeTransferFrom(address from,address to,uint256 tokenId)",
                        addressValue(SPENDER),
                        addressValue(SPENDER),
                        number(7))))
                .containsExactly(Flag.TOKEN_TRANSFER);
    }

    @Test
    void unknownSelector_isUnknownCalldata() {
        assertThat(flagsOf(new byte[] {1, 2, 3, 4, 5})).containsExactly(Flag.UNKNOWN_CALLDATA);
        assertThat(flagsOf(new byte[] {1, 2})).containsExactly(Flag.UNKNOWN_CALLDATA);
    }

    @Test
    void isUnlimited_boundary() {
        assertThat(FlagRules.isUnlimited(HALF, 256)).isTrue();
        assertThat(FlagRules.isUnlimited(HALF.subtract(BigInteger.ONE), 256)).isFalse();
        assertThat(FlagRules.isUnlimited(BigInteger.ONE.shiftLeft(159), 160)).isTrue();
        assertThat(EnumSet.allOf(Flag.class)).hasSize(20);
    }

    private static byte[] permit2(String signature, BigInteger amount) {
        AbiType.TupleType details = new AbiType.TupleType(List.of(
                new AbiParameter("token", new AbiType.AddressType()),
                new AbiParameter("amount", new AbiType.UintType(160)),
                new AbiParameter("expiration", new AbiType.UintType(48)),
                new AbiParameter("nonce", new AbiType.UintType(48))));
        AbiValue detailsValue = new AbiValue.TupleValue(List.of(
                new AbiArgument("token", new AbiType.AddressType(), addressValue(TOKEN)),
                new AbiArgument("amount", new AbiType.UintType(160), number(amount)),
                new AbiArgument("expiration", new AbiType.UintType(48), number(1)),
                new AbiArgument("nonce", new AbiType.UintType(48), number(0))));
        AbiValue single = new AbiValue.TupleValue(List.of(
                new AbiArgument("details", details, detailsValue),
                new AbiArgument("spender", new AbiType.AddressType(), addressValue(SPENDER)),
                new AbiArgument("sigDeadline", new AbiType.UintType(256), number(1))));
        return calldata(signature, addressValue(Address.ZERO), single, Calls.bytes(new byte[65]));
    }

    @Test
    void zodiacRoles_grantsAreRoleGrants_revocationsAreNot_executionsAreJudgedByTheirInnerCall() {
        AbiValue module = addressValue(SPENDER);
        AbiValue roleKeys = new AbiValue.ArrayValue(List.of(BYTES32));
        AbiValue memberOf = new AbiValue.ArrayValue(List.of(new AbiValue.BoolValue(true)));
        assertThat(flagsOf(calldata(
                        "assignRoles(address module,bytes32[] roleKeys,bool[] memberOf)", module, roleKeys, memberOf)))
                .containsExactly(Flag.ROLE_GRANT);
        AbiValue roles = new AbiValue.ArrayValue(List.of(number(BigInteger.ONE)));
        assertThat(flagsOf(calldata(
                        "assignRoles(address module,uint16[] roles,bool[] memberOf)", module, roles, memberOf)))
                .containsExactly(Flag.ROLE_GRANT);
        assertThat(flagsOf(calldata(
                        "allowTarget(bytes32 roleKey,address targetAddress,uint8 options)",
                        BYTES32,
                        module,
                        number(BigInteger.TWO))))
                .containsExactly(Flag.ROLE_GRANT);
        assertThat(flagsOf(calldata("revokeTarget(bytes32 roleKey,address targetAddress)", BYTES32, module)))
                .isEmpty();
        byte[] inner = calldata("changeThreshold(uint256 threshold)", number(BigInteger.ONE));
        assertThat(flagsOf(calldata(
                        "execTransactionWithRole(address to,uint256 value,bytes data,uint8 operation,bytes32 roleKey,"
                                + "bool shouldRevert)",
                        addressValue(TOKEN),
                        number(BigInteger.ZERO),
                        Calls.bytes(inner),
                        number(BigInteger.ZERO),
                        BYTES32,
                        new AbiValue.BoolValue(true))))
                .contains(Flag.THRESHOLD_CHANGE);
    }
}
