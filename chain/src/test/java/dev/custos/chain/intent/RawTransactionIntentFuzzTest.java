package dev.custos.chain.intent;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link IntentDecoder#decodeRawTransaction(byte[])} (what an approver is shown for a raw transaction): an
 * intent that renders as JSON and whose transfers derive, or a {@link dev.custos.chain.DecodingException}. Covers the calldata decoding of the
 * well-known functions and nested Safe batches behind the transaction decoder.
 */
class RawTransactionIntentFuzzTest {
    private static final IntentDecoder DECODER = IntentDecoder.withWellKnownFunctions(AddressBook.empty());

    @FuzzTest
    void decodeRawTransaction_anyBytes_intentOrDecodingException(byte[] input) {
        decodeOrReject(() -> DECODER.decodeRawTransaction(input)).ifPresent(intent -> {
            assertThat(IntentJson.toJson(intent)).isNotNull();
            // deriving transfers from whatever decoded never throws
            assertThat(TransferDerivation.of(intent, TransferContext.EMPTY)).isNotNull();
        });
    }
}
