package dev.custos.chain.eip712;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link TypedDataParser#parse} (EIP-712 typed data a dapp asks to sign) and the hashing of what it accepts:
 * each step returns or throws a {@link dev.custos.chain.DecodingException}.
 */
class TypedDataParserFuzzTest {
    @DictionaryEntries({
        "\"types\"",
        "\"primaryType\"",
        "\"domain\"",
        "\"message\"",
        "\"EIP712Domain\"",
        "\"name\"",
        "\"type\"",
        "\"chainId\"",
        "\"verifyingContract\"",
        "\"salt\"",
        "uint256",
        "int256",
        "bytes32",
        "bytes",
        "string",
        "address",
        "bool",
        "[]",
        "[2]",
        "]",
        "[",
        ":[",
        "]}",
        "{\"name\":\"a\",\"type\":\"uint8\"}"
    })
    @FuzzTest
    void parse_anyText_hashableTypedDataOrDecodingException(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        decodeOrReject(() -> TypedDataParser.parse(json))
                .ifPresent(data -> decodeOrReject(() -> TypedDataHasher.digest(data)));
    }
}
