package dev.custos.chain.ethereum;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link TransactionDecoder#decode} (a raw transaction to sign or inspect): a transaction that re-encodes to the
 * input, whose hashes and sender can be computed, or a {@link dev.custos.chain.DecodingException}.
 */
class TransactionDecoderFuzzTest {
    @FuzzTest
    void decode_anyBytes_canonicalTransactionOrDecodingException(byte[] input) {
        decodeOrReject(() -> TransactionDecoder.decode(input)).ifPresent(transaction -> {
            assertThat(transaction.encode()).isEqualTo(input);
            assertThat(transaction.signingHash()).isNotNull();
            assertThat(transaction.transactionHash().isPresent())
                    .isEqualTo(transaction.signature().isPresent());
            assertThat(transaction.sender()).isNotNull();
        });
    }
}
