package dev.custos.chain.intent;

import static dev.custos.chain.intent.Calls.MAX_UINT256;
import static dev.custos.chain.intent.Calls.MULTI_SEND;
import static dev.custos.chain.intent.Calls.SPENDER;
import static dev.custos.chain.intent.Calls.TOKEN;
import static dev.custos.chain.intent.Calls.address;
import static dev.custos.chain.intent.Calls.addressValue;
import static dev.custos.chain.intent.Calls.bytes;
import static dev.custos.chain.intent.Calls.calldata;
import static dev.custos.chain.intent.Calls.multiSend;
import static dev.custos.chain.intent.Calls.number;
import static dev.custos.chain.intent.Calls.safeTransaction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiType;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.abi.FunctionCategory;
import dev.custos.chain.abi.KnownFunctions;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rlp.RlpEncoder;
import dev.custos.chain.rlp.RlpList;
import dev.custos.chain.rlp.RlpString;
import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransferDerivationTest {
    private static final IntentDecoder DECODER = IntentDecoder.withWellKnownFunctions(AddressBook.empty());
    private static final Address ALICE = address(0xa1);
    private static final Address MALLORY = address(0xee);
    private static final Address NFT = address(0x72);
    private static final TransferContext CONTEXT =
            new TransferContext(Map.of(NFT, TokenStandard.ERC721, TOKEN, TokenStandard.ERC20), Set.of(MULTI_SEND));

    private static String hex(Address address) {
        return TransferDerivation.address(address);
    }

    private static DerivedTransfers safe(Address to, long value, byte[] data, Operation operation) {
        SafeTransaction transaction = safeTransaction(to, BigInteger.valueOf(value), data, operation);
        Intent intent = DECODER.decodeSafeTransaction(transaction, BigInteger.ONE, new SafeVersion(1, 3, 0));
        return TransferDerivation.ofSafeTransaction(transaction, intent, CONTEXT);
    }

    private static DerivedTransfers call(Address to, byte[] data) {
        return safe(to, 0, data, Operation.CALL);
    }

    @Test
    void nativeValueOfASafeCall_isANativeTransferToTheTarget() {
        DerivedTransfers derived = safe(ALICE, 5, new byte[0], Operation.CALL);

        assertThat(derived.transfers())
                .containsExactly(new Transfer(Transfer.Kind.NATIVE, "native", hex(ALICE), BigInteger.valueOf(5)));
        assertThat(derived.complete()).isTrue();
    }

    @Test
    void erc20Transfer_movesTheAmountToTheArgumentNotTheTarget() {
        DerivedTransfers derived =
                call(TOKEN, calldata("transfer(address to,uint256 amount)", addressValue(MALLORY), number(7)));

        assertThat(derived.transfers())
                .containsExactly(new Transfer(Transfer.Kind.TOKEN, hex(TOKEN), hex(MALLORY), BigInteger.valueOf(7)));
    }

    @Test
    void erc20TransferFrom_andErc721TransferFrom_differByTheDeclaredStandard() {
        byte[] data = calldata(
                "transferFrom(address from,address to,uint256 amount)",
                addressValue(ALICE),
                addressValue(MALLORY),
                number(1234));

        assertThat(call(TOKEN, data).transfers())
                .containsExactly(new Transfer(Transfer.Kind.TOKEN, hex(TOKEN), hex(MALLORY), BigInteger.valueOf(1234)));
        assertThat(call(NFT, data).transfers())
                .containsExactly(new Transfer(Transfer.Kind.NFT, hex(NFT), hex(MALLORY), BigInteger.ONE));
    }

    @Test
    void erc20Approve_andIncreaseAllowance_areApprovals() {
        assertThat(call(
                                TOKEN,
                                calldata(
                                        "approve(address spender,uint256 amount)",
                                        addressValue(SPENDER),
                                        number(MAX_UINT256)))
                        .transfers())
                .containsExactly(new Transfer(Transfer.Kind.APPROVAL, hex(TOKEN), hex(SPENDER), MAX_UINT256));
        assertThat(call(
                                TOKEN,
                                calldata(
                                        "increaseAllowance(address spender,uint256 addedValue)",
                                        addressValue(SPENDER),
                                        number(50)))
                        .transfers())
                .containsExactly(
                        new Transfer(Transfer.Kind.APPROVAL, hex(TOKEN), hex(SPENDER), BigInteger.valueOf(50)));
    }

    @Test
    void erc721SafeTransfers_bothOverloads_moveOneToken() {
        byte[] three = calldata(
                "safeTransferFrom(address from,address to,uint256 tokenId)",
                addressValue(ALICE),
                addressValue(MALLORY),
                number(99));
        byte[] four = calldata(
                "safeTransferFrom(address from,address to,uint256 tokenId,bytes data)",
                addressValue(ALICE),
                addressValue(MALLORY),
                number(99),
                bytes(new byte[] {1, 2}));
        Transfer one = new Transfer(Transfer.Kind.NFT, hex(NFT), hex(MALLORY), BigInteger.ONE);

        assertThat(call(NFT, three).transfers()).containsExactly(one);
        assertThat(call(NFT, four).transfers()).containsExactly(one);
    }

    @Test
    void erc721Approve_isOneTokenAndZeroWhenCleared() {
        assertThat(call(NFT, calldata("approve(address spender,uint256 amount)", addressValue(SPENDER), number(99)))
                        .transfers())
                .containsExactly(new Transfer(Transfer.Kind.APPROVAL, hex(NFT), hex(SPENDER), BigInteger.ONE));
        assertThat(call(
                                NFT,
                                calldata(
                                        "approve(address spender,uint256 amount)",
                                        addressValue(Address.ZERO),
                                        number(99)))
                        .transfers())
                .containsExactly(new Transfer(Transfer.Kind.APPROVAL, hex(NFT), hex(Address.ZERO), BigInteger.ZERO));
    }

    @Test
    void setApprovalForAll_isOneWhenApprovedAndZeroWhenRevoked() {
        String signature = "setApprovalForAll(address operator,bool approved)";

        assertThat(call(NFT, calldata(signature, addressValue(MALLORY), new AbiValue.BoolValue(true)))
                        .transfers())
                .containsExactly(new Transfer(Transfer.Kind.OPERATOR_APPROVAL, hex(NFT), hex(MALLORY), BigInteger.ONE));
        assertThat(call(NFT, calldata(signature, addressValue(MALLORY), new AbiValue.BoolValue(false)))
                        .transfers())
                .containsExactly(
                        new Transfer(Transfer.Kind.OPERATOR_APPROVAL, hex(NFT), hex(MALLORY), BigInteger.ZERO));
    }

    @Test
    void erc1155SingleAndBatch_moveTheirValues() {
        byte[] single = calldata(
                "safeTransferFrom(address from,address to,uint256 id,uint256 amount,bytes data)",
                addressValue(ALICE),
                addressValue(MALLORY),
                number(3),
                number(40),
                bytes(new byte[0]));
        byte[] batch = calldata(
                "safeBatchTransferFrom(address from,address to,uint256[] ids,uint256[] amounts,bytes data)",
                addressValue(ALICE),
                addressValue(MALLORY),
                new AbiValue.ArrayValue(List.of(number(3), number(4))),
                new AbiValue.ArrayValue(List.of(number(10), number(20))),
                bytes(new byte[0]));

        assertThat(call(NFT, single).transfers())
                .containsExactly(new Transfer(Transfer.Kind.NFT, hex(NFT), hex(MALLORY), BigInteger.valueOf(40)));
        assertThat(call(NFT, batch).transfers())
                .containsExactly(
                        new Transfer(Transfer.Kind.NFT, hex(NFT), hex(MALLORY), BigInteger.TEN),
                        new Transfer(Transfer.Kind.NFT, hex(NFT), hex(MALLORY), BigInteger.valueOf(20)));
    }

    @Test
    void multiSendThroughATrustedDelegate_isDerivedRecursively_andComplete() {
        byte[] transfer = calldata("transfer(address to,uint256 amount)", addressValue(MALLORY), number(50));
        byte[] batch = multiSend(
                new MultiSendTransaction(Operation.CALL, ALICE, BigInteger.TWO, new byte[0]),
                new MultiSendTransaction(Operation.CALL, TOKEN, BigInteger.ZERO, transfer));

        DerivedTransfers derived = safe(MULTI_SEND, 0, batch, Operation.DELEGATECALL);

        assertThat(derived.transfers())
                .containsExactly(
                        new Transfer(Transfer.Kind.NATIVE, "native", hex(ALICE), BigInteger.TWO),
                        new Transfer(Transfer.Kind.TOKEN, hex(TOKEN), hex(MALLORY), BigInteger.valueOf(50)));
        assertThat(derived.complete()).isTrue();
    }

    @Test
    void delegatecallAnywhereElse_isIncomplete_evenWithAMultiSendSelector() {
        byte[] batch = multiSend(new MultiSendTransaction(Operation.CALL, ALICE, BigInteger.TWO, new byte[0]));

        DerivedTransfers derived = safe(MALLORY, 0, batch, Operation.DELEGATECALL);

        assertThat(derived.complete()).isFalse();
        assertThat(derived.incomplete()).singleElement().asString().contains("delegatecall to " + hex(MALLORY));
    }

    @Test
    void unknownCalldata_toANonToken_isNoTransferButFlagged_toAToken_isIncomplete() {
        byte[] unknown = {0x12, 0x34, 0x56, 0x78, 0x00};

        DerivedTransfers toContract = call(ALICE, unknown);
        DerivedTransfers toToken = call(TOKEN, unknown);

        assertThat(toContract.transfers()).isEmpty();
        assertThat(toContract.complete()).isTrue();
        assertThat(toContract.unknownCalldata()).isTrue();
        assertThat(toToken.complete()).isFalse();
        assertThat(toToken.incomplete()).singleElement().asString().contains("token contract " + hex(TOKEN));
    }

    @Test
    void rawLegacyTransaction_value_isANativeTransfer() throws Exception {
        // legacy, nonce 9, gas price 20 gwei, gas 21000, to 0x3535…35, value 1 ether, no data, chain 1 (EIP-155
        // example)
        byte[] raw = dev.custos.chain.Hex.decode(
                "0xec098504a817c800825208943535353535353535353535353535353535353535" + "880de0b6b3a764000080018080");

        DerivedTransfers derived = TransferDerivation.of(DECODER.decodeRawTransaction(raw), CONTEXT);

        assertThat(derived.transfers())
                .containsExactly(new Transfer(
                        Transfer.Kind.NATIVE,
                        "native",
                        "0x3535353535353535353535353535353535353535",
                        new BigInteger("1000000000000000000")));
    }

    @Test
    void rawEip2930AndEip1559Transactions_valueAndTokenTransfer_derived() throws Exception {
        byte[] data = calldata("transfer(address to,uint256 amount)", addressValue(MALLORY), number(9));
        byte[] accessList = typed(
                1,
                RlpList.of(
                        RlpString.ofUnsigned(1),
                        RlpString.ofUnsigned(0),
                        RlpString.ofUnsigned(1_000),
                        RlpString.ofUnsigned(60_000),
                        RlpString.of(TOKEN.bytes()),
                        RlpString.ofUnsigned(3),
                        RlpString.of(data),
                        RlpList.of()));
        byte[] dynamicFee = typed(
                2,
                RlpList.of(
                        RlpString.ofUnsigned(1),
                        RlpString.ofUnsigned(0),
                        RlpString.ofUnsigned(1),
                        RlpString.ofUnsigned(1_000),
                        RlpString.ofUnsigned(60_000),
                        RlpString.of(TOKEN.bytes()),
                        RlpString.ofUnsigned(3),
                        RlpString.of(data),
                        RlpList.of()));
        List<Transfer> expected = List.of(
                new Transfer(Transfer.Kind.NATIVE, "native", hex(TOKEN), BigInteger.valueOf(3)),
                new Transfer(Transfer.Kind.TOKEN, hex(TOKEN), hex(MALLORY), BigInteger.valueOf(9)));

        assertThat(TransferDerivation.of(DECODER.decodeRawTransaction(accessList), CONTEXT)
                        .transfers())
                .isEqualTo(expected);
        assertThat(TransferDerivation.of(DECODER.decodeRawTransaction(dynamicFee), CONTEXT)
                        .transfers())
                .isEqualTo(expected);
    }

    private static byte[] typed(int type, RlpList fields) {
        byte[] body = RlpEncoder.encode(fields);
        byte[] out = new byte[body.length + 1];
        out[0] = (byte) type;
        System.arraycopy(body, 0, out, 1, body.length);
        return out;
    }

    @Test
    void permit2ApproveAndPermitSingleAndPermitTransferFrom_useTheTokenFromTheArguments() {
        Address permit2 = address(0x22);
        byte[] approve = calldata(
                "approve(address token,address spender,uint160 amount,uint48 expiration)",
                addressValue(TOKEN),
                addressValue(SPENDER),
                number(77),
                number(0));
        AbiFunction permit = AbiFunction.parse("permit(address owner,((address token,uint160 amount,uint48 expiration,"
                + "uint48 nonce) details,address spender,uint256 sigDeadline) permitSingle,bytes signature)");
        AbiType.TupleType single =
                (AbiType.TupleType) permit.parameters().get(1).type();
        AbiType.TupleType details =
                (AbiType.TupleType) single.components().get(0).type();
        byte[] permitSingle = Calls.calldata(
                "permit(address owner,((address token,uint160 amount,uint48 expiration,uint48 nonce) details,"
                        + "address spender,uint256 sigDeadline) permitSingle,bytes signature)",
                addressValue(ALICE),
                tuple(
                        single,
                        tuple(details, addressValue(TOKEN), number(88), number(0), number(0)),
                        addressValue(MALLORY),
                        number(0)),
                bytes(new byte[65]));
        AbiFunction transferFrom = AbiFunction.parse("permitTransferFrom(((address token,uint256 amount) permitted,"
                + "uint256 nonce,uint256 deadline) permit,(address to,uint256 requestedAmount) transferDetails,"
                + "address owner,bytes signature)");
        AbiType.TupleType permitType =
                (AbiType.TupleType) transferFrom.parameters().get(0).type();
        AbiType.TupleType permitted =
                (AbiType.TupleType) permitType.components().get(0).type();
        AbiType.TupleType transferDetails =
                (AbiType.TupleType) transferFrom.parameters().get(1).type();
        byte[] permitTransfer = Calls.calldata(
                "permitTransferFrom(((address token,uint256 amount) permitted,uint256 nonce,uint256 deadline) permit,"
                        + "(address to,uint256 requestedAmount) transferDetails,address owner,bytes signature)",
                tuple(permitType, tuple(permitted, addressValue(TOKEN), number(100)), number(0), number(0)),
                tuple(transferDetails, addressValue(MALLORY), number(99)),
                addressValue(ALICE),
                bytes(new byte[65]));

        assertThat(call(permit2, approve).transfers())
                .containsExactly(
                        new Transfer(Transfer.Kind.APPROVAL, hex(TOKEN), hex(SPENDER), BigInteger.valueOf(77)));
        assertThat(call(permit2, permitSingle).transfers())
                .containsExactly(
                        new Transfer(Transfer.Kind.APPROVAL, hex(TOKEN), hex(MALLORY), BigInteger.valueOf(88)));
        assertThat(call(permit2, permitTransfer).transfers())
                .containsExactly(new Transfer(Transfer.Kind.TOKEN, hex(TOKEN), hex(MALLORY), BigInteger.valueOf(99)));
    }

    private static AbiValue tuple(AbiType.TupleType type, AbiValue... values) {
        List<AbiArgument> components = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            AbiParameter parameter = type.components().get(i);
            components.add(new AbiArgument(parameter.name(), parameter.type(), values[i]));
        }
        return new AbiValue.TupleValue(components);
    }

    @Test
    void safeGasRefund_isATransferToTheRefundReceiver() {
        SafeTransaction transaction = new SafeTransaction(
                Calls.SAFE,
                ALICE,
                BigInteger.ZERO,
                new byte[0],
                Operation.CALL,
                BigInteger.valueOf(100),
                BigInteger.valueOf(50),
                BigInteger.TEN,
                TOKEN,
                MALLORY,
                BigInteger.ONE,
                Optional.empty(),
                List.of());
        Intent intent = DECODER.decodeSafeTransaction(transaction, BigInteger.ONE, new SafeVersion(1, 3, 0));

        assertThat(TransferDerivation.ofSafeTransaction(transaction, intent, CONTEXT)
                        .transfers())
                .containsExactly(new Transfer(Transfer.Kind.TOKEN, hex(TOKEN), hex(MALLORY), BigInteger.valueOf(1500)));
    }

    @Test
    void everyValueMovingWellKnownFunction_hasADerivation() {
        Set<FunctionCategory> moving = Set.of(
                FunctionCategory.TOKEN_TRANSFER,
                FunctionCategory.TOKEN_APPROVAL,
                FunctionCategory.ALLOWANCE_INCREASE,
                FunctionCategory.PERMIT,
                FunctionCategory.PERMIT2_APPROVAL,
                FunctionCategory.OPERATOR_APPROVAL);

        assertThat(KnownFunctions.all().stream()
                        .filter(function -> moving.contains(function.category()))
                        .map(function -> function.function().canonicalSignature()))
                .allSatisfy(signature -> assertThat(FunctionTransfers.DERIVED).contains(signature));
    }

    @Test
    void transfer_rejectsNegativeAmountsAndEmptyFields() {
        assertThatThrownBy(() -> new Transfer(Transfer.Kind.TOKEN, "a", "b", BigInteger.valueOf(-1)))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new Transfer(Transfer.Kind.TOKEN, "", "b", BigInteger.ONE))
                .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> new Transfer(Transfer.Kind.TOKEN, "a", "", BigInteger.ONE))
                .hasMessageContaining("must not be empty");
    }
}
