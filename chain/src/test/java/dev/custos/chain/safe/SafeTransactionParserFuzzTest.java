package dev.custos.chain.safe;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.intent.IntentJson;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link SafeTransactionParser#parse(String)} (Safe transaction JSON from a user or the Safe service): each
 * parsed transaction hashes and decodes to an intent that renders as JSON, or the parser throws a
 * {@link dev.custos.chain.DecodingException}.
 */
class SafeTransactionParserFuzzTest {
    private static final IntentDecoder INTENTS = IntentDecoder.withWellKnownFunctions(AddressBook.empty());

    @FuzzTest
    void parse_anyText_hashableTransactionsOrDecodingException(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        decodeOrReject(() -> SafeTransactionParser.parse(json)).ifPresent(transactions -> {
            for (SafeTransaction transaction : transactions) {
                assertThat(SafeTxHasher.safeTxHash(transaction, BigInteger.ONE, SafeVersion.DEFAULT))
                        .isNotNull();
                assertThat(IntentJson.toJson(
                                INTENTS.decodeSafeTransaction(transaction, BigInteger.ONE, SafeVersion.DEFAULT)))
                        .isNotNull();
            }
        });
    }
}
