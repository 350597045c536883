package dev.custos.chain.intent;

import static dev.custos.chain.intent.Calls.MULTI_SEND;
import static dev.custos.chain.intent.Calls.SAFE;
import static dev.custos.chain.intent.Calls.SPENDER;
import static dev.custos.chain.intent.Calls.TOKEN;
import static dev.custos.chain.intent.Calls.addressValue;
import static dev.custos.chain.intent.Calls.calldata;
import static dev.custos.chain.intent.Calls.multiSend;
import static dev.custos.chain.intent.Calls.number;
import static dev.custos.chain.intent.Calls.safeTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.TestResources;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.ConfirmationCheck;
import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentDecoderTest {
    private static final BigInteger MAINNET = BigInteger.ONE;
    private static final SafeVersion V111 = new SafeVersion(1, 1, 1);
    private static final IntentDecoder DECODER = IntentDecoder.withWellKnownFunctions(AddressBook.empty());

    private static List<SafeTransaction> bybit() throws Exception {
        return SafeTransactionParser.parse(TestResources.text("vectors/safe/bybit-safe-tx-71.json"));
    }

    @Test
    void bybitMaliciousTransaction_isADelegatecallOfTransferToAnUnknownContract() throws Exception {
        Intent intent = DECODER.decodeSafeTransaction(bybit().get(0), MAINNET, V111);

        assertThat(intent.safeTxHash().orElseThrow().toHex())
                .isEqualTo("0xb3476d061aeb8fc1d605a873c483a2402d88a68a9cdd1a8b47655dd55ba004f8");
        DecodedCall call = intent.call();
        assertThat(call.operation()).isEqualTo(Operation.DELEGATECALL);
        assertThat(call.target()).contains(Address.fromHex("0x96221423681A6d52E184D440a8eFCEbB105C7242"));
        assertThat(call.function().orElseThrow().function().name()).isEqualTo("transfer");
        assertThat(call.function().orElseThrow().arguments())
                .extracting(argument -> argument.value())
                .containsExactly(
                        new AbiValue.AddressValue(Address.fromHex("0xbdd077f651ebe7f7b3ce16fe5f2b025be2969516")),
                        new AbiValue.NumberValue(BigInteger.ZERO));
        assertThat(intent.flags()).contains(Flag.DELEGATECALL, Flag.UNKNOWN_TARGET);
        assertThat(intent.flags()).doesNotContain(Flag.SIGNATURE_MISMATCH, Flag.NATIVE_TRANSFER);
        assertThat(intent.warnings()).isEmpty();
        assertThat(intent.summary())
                .contains("DELEGATECALL")
                .contains("transfer(to=0xbDd077f651EBe7f7b3cE16fe5F2b025BE2969516, amount=0)")
                .contains("unknown address 0x96221423681A6d52E184D440a8eFCEbB105C7242");
    }

    @Test
    void bybitMaliciousTransaction_confirmationsRecoverToTheThreeListedOwners() throws Exception {
        SafeTransaction malicious = bybit().get(0);
        Intent intent = DECODER.decodeSafeTransaction(malicious, MAINNET, V111);

        assertThat(intent.confirmations()).hasSize(3).allSatisfy(check -> {
            assertThat(check.status()).isEqualTo(ConfirmationCheck.Status.VALID);
            assertThat(check.signer()).contains(check.owner());
        });
        assertThat(intent.confirmations())
                .extracting(ConfirmationCheck::owner)
                .containsExactly(
                        Address.fromHex("0x1F4EB0a903619ac168b19A82F1a6e2e426522211"),
                        Address.fromHex("0x3Cc3A225769900e003E264dd4CB43E90896BC21A"),
                        Address.fromHex("0xe3dF2cCEAc61B1aFA311372ecC5B40A3A6585a9E"));
    }

    @Test
    void bybitDecoy_signaturesDoNotMatchItsOwnHash() throws Exception {
        Intent intent = DECODER.decodeSafeTransaction(bybit().get(1), MAINNET, V111);

        assertThat(intent.safeTxHash().orElseThrow().toHex())
                .isEqualTo("0x9d89e67333f99c136537be74029c44592985a4855172f4c2d0d942029868f98e");
        assertThat(intent.flags())
                .contains(Flag.SIGNATURE_MISMATCH, Flag.NATIVE_TRANSFER, Flag.UNKNOWN_TARGET)
                .doesNotContain(Flag.DELEGATECALL);
        assertThat(intent.confirmations())
                .allSatisfy(check -> assertThat(check.isMismatch()).isTrue());
        assertThat(intent.warnings())
                .anySatisfy(warning -> assertThat(warning)
                        .contains("0x1F4EB0a903619ac168b19A82F1a6e2e426522211")
                        .contains("recovers to"));
        assertThat(intent.summary()).contains("send 30000 ETH to unknown address");
    }

    @Test
    void bybitWithTheWrongSafeVersion_warnsAboutTheHashAndFlagsEverySignature() throws Exception {
        Intent intent = DECODER.decodeSafeTransaction(bybit().get(0), MAINNET, SafeVersion.DEFAULT);

        assertThat(intent.warnings()).anySatisfy(warning -> assertThat(warning).contains("differs from the hash"));
        assertThat(intent.flags()).contains(Flag.SIGNATURE_MISMATCH);
    }

    @Test
    void addressBook_knownTarget_isNotFlaggedAndIsLabelled() throws Exception {
        AddressBook book = AddressBook.parse("""
                {"entries": [{"address": "0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3",
                              "label": "Cold storage", "kind": "allowlisted"}]}
                """);
        Intent intent = IntentDecoder.withWellKnownFunctions(book).decodeSafeTransaction(bybit().get(1), MAINNET, V111);

        assertThat(intent.flags()).doesNotContain(Flag.UNKNOWN_TARGET);
        assertThat(intent.call().targetLabel()).contains("Cold storage");
        assertThat(intent.summary()).contains("Cold storage (0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3)");
    }

    @Test
    void safeCallingItself_isAKnownTarget() {
        byte[] data = calldata("changeThreshold(uint256 threshold)", number(1));
        Intent intent = DECODER.decodeSafeTransaction(
                safeTransaction(SAFE, BigInteger.ZERO, data, Operation.CALL), MAINNET, SafeVersion.DEFAULT);

        assertThat(intent.flags()).containsExactly(Flag.THRESHOLD_CHANGE);
        assertThat(intent.call().targetLabel()).contains("this Safe");
    }

    @Test
    void multiSend_flagsEveryInnerCall_andNestedBatches() {
        byte[] approve =
                calldata("approve(address spender,uint256 amount)", addressValue(SPENDER), number(Calls.MAX_UINT256));
        byte[] inner = multiSend(new MultiSendTransaction(
                Operation.CALL,
                SAFE,
                BigInteger.ZERO,
                calldata("addOwnerWithThreshold(address owner,uint256 threshold)", addressValue(SPENDER), number(1))));
        byte[] batch = multiSend(
                new MultiSendTransaction(Operation.CALL, TOKEN, BigInteger.ZERO, approve),
                new MultiSendTransaction(Operation.DELEGATECALL, MULTI_SEND, BigInteger.ZERO, inner),
                new MultiSendTransaction(Operation.CALL, SPENDER, BigInteger.TEN, new byte[0]));

        Intent intent = DECODER.decodeSafeTransaction(
                safeTransaction(MULTI_SEND, BigInteger.ZERO, batch, Operation.DELEGATECALL),
                MAINNET,
                SafeVersion.DEFAULT);

        assertThat(intent.call().innerCalls()).hasSize(3);
        assertThat(intent.call().innerCalls().get(0).flags()).contains(Flag.UNLIMITED_APPROVAL);
        assertThat(intent.call().innerCalls().get(1).flags()).contains(Flag.NESTED_MULTISEND, Flag.DELEGATECALL);
        assertThat(intent.call().innerCalls().get(1).innerCalls().get(0).flags())
                .contains(Flag.OWNER_CHANGE, Flag.THRESHOLD_CHANGE)
                .doesNotContain(Flag.UNKNOWN_TARGET);
        assertThat(intent.flags())
                .contains(
                        Flag.DELEGATECALL,
                        Flag.UNLIMITED_APPROVAL,
                        Flag.NESTED_MULTISEND,
                        Flag.OWNER_CHANGE,
                        Flag.THRESHOLD_CHANGE,
                        Flag.NATIVE_TRANSFER,
                        Flag.UNKNOWN_TARGET);
        assertThat(intent.summary())
                .contains("batch of 3 calls [approve; DELEGATECALL multiSend; transfer of 0.00000000000000001 ETH]");
    }

    @Test
    void execTransaction_innerCallIsDecodedAndFlagged() {
        byte[] inner = calldata("upgradeTo(address newImplementation)", addressValue(SPENDER));
        byte[] exec = calldata(
                "execTransaction(address to,uint256 value,bytes data,uint8 operation,uint256 safeTxGas,"
                        + "uint256 baseGas,uint256 gasPrice,address gasToken,address refundReceiver,bytes signatures)",
                addressValue(TOKEN),
                number(0),
                Calls.bytes(inner),
                number(1),
                number(0),
                number(0),
                number(0),
                addressValue(Address.ZERO),
                addressValue(Address.ZERO),
                Calls.bytes(new byte[65]));

        Intent intent = DECODER.decodeSafeTransaction(
                safeTransaction(SPENDER, BigInteger.ZERO, exec, Operation.CALL), MAINNET, SafeVersion.DEFAULT);

        DecodedCall innerCall = intent.call().innerCalls().get(0);
        assertThat(innerCall.function().orElseThrow().function().name()).isEqualTo("upgradeTo");
        assertThat(innerCall.operation()).isEqualTo(Operation.DELEGATECALL);
        assertThat(intent.flags()).contains(Flag.IMPLEMENTATION_CHANGE, Flag.DELEGATECALL);
    }

    @Test
    void malformedArgumentsOfAKnownFunction_areReportedNotThrown() {
        byte[] truncated =
                Arrays.copyOf(calldata("transfer(address to,uint256 amount)", addressValue(SPENDER), number(5)), 40);

        Intent intent = DECODER.decodeSafeTransaction(
                safeTransaction(TOKEN, BigInteger.ZERO, truncated, Operation.CALL), MAINNET, SafeVersion.DEFAULT);

        assertThat(intent.flags()).contains(Flag.UNKNOWN_CALLDATA);
        assertThat(intent.call().function()).isEmpty();
        assertThat(intent.call().decodeError().orElseThrow()).contains("transfer(address,uint256)");
    }

    @Test
    void gasRefund_isWarnedAbout() {
        SafeTransaction base = safeTransaction(TOKEN, BigInteger.ZERO, new byte[0], Operation.CALL);
        SafeTransaction refunding = new SafeTransaction(
                base.safe(),
                base.to(),
                base.value(),
                base.data(),
                base.operation(),
                BigInteger.valueOf(100_000),
                BigInteger.valueOf(50_000),
                BigInteger.valueOf(1_000_000_000_000L),
                TOKEN,
                SPENDER,
                base.nonce(),
                base.claimedSafeTxHash(),
                base.confirmations());

        Intent intent = DECODER.decodeSafeTransaction(refunding, MAINNET, SafeVersion.DEFAULT);

        assertThat(intent.warnings()).anySatisfy(warning -> assertThat(warning).contains("gas refund"));
    }
}
