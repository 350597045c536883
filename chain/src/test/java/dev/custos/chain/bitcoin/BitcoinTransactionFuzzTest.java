package dev.custos.chain.bitcoin;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link BitcoinTransaction#parse} (the transactions inside a PSBT): a transaction with a txid whose legacy
 * serialization is the input when it has no witness, or a {@link dev.custos.chain.DecodingException}.
 */
class BitcoinTransactionFuzzTest {
    @FuzzTest
    void parse_anyBytes_canonicalTransactionOrDecodingException(byte[] input) {
        decodeOrReject(() -> BitcoinTransaction.parse(input, true, 0)).ifPresent(transaction -> {
            assertThat(transaction.txid()).isNotNull();
            if (!transaction.hadWitness()) {
                assertThat(transaction.serializeWithoutWitness()).isEqualTo(input);
            }
        });
    }
}
