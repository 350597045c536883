package dev.custos.chain.intent;

import static dev.custos.chain.intent.Calls.MULTI_SEND;
import static dev.custos.chain.intent.Calls.SPENDER;
import static dev.custos.chain.intent.Calls.TOKEN;
import static dev.custos.chain.intent.Calls.addressValue;
import static dev.custos.chain.intent.Calls.calldata;
import static dev.custos.chain.intent.Calls.multiSend;
import static dev.custos.chain.intent.Calls.number;
import static dev.custos.chain.intent.Calls.safeTransaction;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile batches: deep nesting and wide batches decode within bounds and never throw. */
class IntentBombTest {
    private static final IntentDecoder DECODER = IntentDecoder.withWellKnownFunctions(AddressBook.empty());

    @Test
    @Timeout(30)
    void deeplyNestedMultiSend_stopsAtTheNestingLimitWithAnError() {
        byte[] data = calldata("transfer(address to,uint256 amount)", addressValue(SPENDER), number(1));
        for (int level = 0; level < 50; level++) {
            data = multiSend(new MultiSendTransaction(Operation.DELEGATECALL, MULTI_SEND, BigInteger.ZERO, data));
        }

        Intent intent = DECODER.decodeSafeTransaction(
                safeTransaction(MULTI_SEND, BigInteger.ZERO, data, Operation.DELEGATECALL),
                BigInteger.ONE,
                SafeVersion.DEFAULT);

        DecodedCall deepest = intent.call();
        int depth = 1;
        while (!deepest.innerCalls().isEmpty()) {
            deepest = deepest.innerCalls().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(CallAnalyzer.MAX_NESTING);
        assertThat(deepest.decodeError().orElseThrow()).contains("nested deeper than");
        assertThat(intent.flags()).contains(Flag.NESTED_MULTISEND, Flag.UNKNOWN_CALLDATA, Flag.DELEGATECALL);
    }

    @Test
    @Timeout(30)
    void wideMultiSend_decodesEveryEntry() {
        MultiSendTransaction[] entries = new MultiSendTransaction[5_000];
        byte[] transfer = calldata("transfer(address to,uint256 amount)", addressValue(SPENDER), number(1));
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new MultiSendTransaction(Operation.CALL, TOKEN, BigInteger.ZERO, transfer);
        }

        Intent intent = DECODER.decodeSafeTransaction(
                safeTransaction(MULTI_SEND, BigInteger.ZERO, multiSend(entries), Operation.DELEGATECALL),
                BigInteger.ONE,
                SafeVersion.DEFAULT);

        assertThat(intent.call().innerCalls()).hasSize(5_000);
        assertThat(intent.flags()).contains(Flag.TOKEN_TRANSFER);
        assertThat(intent.summary()).contains("batch of 5000 calls").hasSizeLessThan(1_000);
    }

    @Test
    @Timeout(30)
    void multiSendWhoseBatchIsGarbage_isReportedAsUnknownCalldata() {
        byte[] data = calldata("multiSend(bytes transactions)", Calls.bytes(new byte[] {7, 7, 7}));

        Intent intent = DECODER.decodeSafeTransaction(
                safeTransaction(MULTI_SEND, BigInteger.ZERO, data, Operation.DELEGATECALL),
                BigInteger.ONE,
                SafeVersion.DEFAULT);

        assertThat(intent.flags()).contains(Flag.UNKNOWN_CALLDATA);
        assertThat(intent.call().decodeError().orElseThrow()).contains("multiSend entry 0");
    }
}
