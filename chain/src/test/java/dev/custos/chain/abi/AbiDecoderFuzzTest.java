package dev.custos.chain.abi;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Fuzzes {@link AbiDecoder#decodeArguments} on fuzzed parameter types as well as data. The input is a function
 * signature, a newline, then the ABI-encoded arguments; a malformed signature is skipped ({@link AbiFunction#parse}
 * reports it as a programming error). Arguments re-encode stably, or the decoder throws a
 * {@link dev.custos.chain.DecodingException}.
 */
class AbiDecoderFuzzTest {
    // No "\n" entry: Jazzer 0.30.0 writes it unescaped into the libFuzzer dictionary, which then fails to parse.
    @DictionaryEntries({
        "()", "[]", "[1]", "[1024]", "(", ")", ",", "uint256", "int8", "uint8", "address", "bool", "bytes", "bytes32",
        "string"
    })
    @FuzzTest
    void decodeArguments_anyTypesAndData_stableArgumentsOrDecodingException(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        if (newline < 0) {
            return;
        }
        AbiFunction function;
        try {
            function = AbiFunction.parse(new String(input, 0, newline, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformedSignature) {
            return;
        }
        byte[] data = Arrays.copyOfRange(input, newline + 1, input.length);
        decodeOrReject(() -> AbiDecoder.decodeArguments(function.parameters(), data, 0))
                .ifPresent(arguments -> AbiFuzzing.assertStableEncoding(function.parameters(), arguments));
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
