package dev.custos.chain.eip712;

import static dev.custos.chain.FuzzDecoding.decodeOrReject;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.IntentDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link TypedDataDecoder#decode(String)} (what an approver is shown for EIP-712 typed data, including Safe
 * transactions and permits): a message that renders as JSON, or a {@link dev.custos.chain.DecodingException}.
 */
class TypedDataDecoderFuzzTest {
    private static final TypedDataDecoder DECODER =
            new TypedDataDecoder(IntentDecoder.withWellKnownFunctions(AddressBook.empty()));

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
        "{\"name\":\"a\",\"type\":\"uint8\"}",
        "\"Permit\"",
        "\"PermitSingle\"",
        "\"SafeTx\"",
        "\"spender\"",
        "\"value\"",
        "\"nonce\"",
        "\"deadline\"",
        "\"owner\"",
        "\"to\"",
        "\"data\"",
        "\"operation\""
    })
    @FuzzTest
    void decode_anyText_messageOrDecodingException(byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        decodeOrReject(() -> DECODER.decode(json))
                .ifPresent(
                        message -> assertThat(TypedMessageJson.toJson(message)).isNotNull());
    }
}
