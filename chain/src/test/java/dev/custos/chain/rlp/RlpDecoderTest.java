package dev.custos.chain.rlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.TestResources;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RlpDecoderTest {
    @Test
    void ethereumTests_validVectors_decodeToTheirInputAndReencode() throws Exception {
        JsonNode vectors = TestResources.json("vectors/rlp/rlptest.json");
        int count = 0;
        for (Map.Entry<String, JsonNode> vector : vectors.properties()) {
            count++;
            byte[] encoded = Hex.decode(vector.getValue().get("out").asText());
            RlpItem expected = expectedItem(vector.getValue().get("in"));

            assertThat(RlpDecoder.decode(encoded)).as(vector.getKey()).isEqualTo(expected);
            assertThat(RlpEncoder.encode(expected)).as(vector.getKey()).isEqualTo(encoded);
        }
        assertThat(count).isGreaterThan(20);
    }

    @Test
    void ethereumTests_invalidVectors_throwDecodingException() throws Exception {
        JsonNode vectors = TestResources.json("vectors/rlp/invalidRLPTest.json");
        for (Map.Entry<String, JsonNode> vector : vectors.properties()) {
            byte[] encoded = Hex.decode(vector.getValue().get("out").asText());
            assertThatThrownBy(() -> RlpDecoder.decode(encoded))
                    .as(vector.getKey())
                    .isInstanceOf(DecodingException.class);
        }
    }

    @Test
    void decode_singleByteWrappedAsString_namesTheProblem() {
        assertThatThrownBy(() -> RlpDecoder.decode(bytes(0x81, 0x7f)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("must be encoded as itself")
                .hasMessageContaining("at byte 0");
    }

    @Test
    void decode_longFormForShortLength_isRejected() {
        assertThatThrownBy(() -> RlpDecoder.decode(bytes(0xb8, 0x02, 0x61, 0x62)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("short form");
    }

    @Test
    void decode_lengthWithLeadingZero_isRejected() {
        byte[] input = new byte[3 + 256];
        input[0] = (byte) 0xb9;
        input[1] = 0x00;
        input[2] = (byte) 0xff;
        assertThatThrownBy(() -> RlpDecoder.decode(input))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("leading zero");
    }

    @Test
    void decode_lengthPastEnd_isRejected() {
        assertThatThrownBy(() -> RlpDecoder.decode(bytes(0x83, 0x61, 0x62)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("runs past the end");
    }

    @Test
    void decode_hugeLength_isRejectedWithoutAllocating() {
        assertThatThrownBy(() -> RlpDecoder.decode(bytes(0xbf, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("runs past the end");
    }

    @Test
    void decode_trailingBytes_isRejected() {
        assertThatThrownBy(() -> RlpDecoder.decode(bytes(0x80, 0x00)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("trailing")
                .hasMessageContaining("at byte 1");
    }

    @Test
    void decode_itemOverrunningItsList_isRejected() {
        // list claims 2 bytes of payload, the string inside claims 3
        assertThatThrownBy(() -> RlpDecoder.decode(bytes(0xc2, 0x83, 0x61, 0x62, 0x63)))
                .isInstanceOf(DecodingException.class);
    }

    @Test
    void decode_nestingAtTheLimit_isAccepted_andBeyond_isRejected() throws Exception {
        assertThat(RlpDecoder.decode(nested(RlpDecoder.MAX_DEPTH))).isInstanceOf(RlpList.class);
        assertThatThrownBy(() -> RlpDecoder.decode(nested(RlpDecoder.MAX_DEPTH + 1)))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("nested deeper");
    }

    @Test
    void decode_veryDeepNesting_failsCleanlyWithoutStackOverflow() {
        byte[] input = new byte[100_000];
        Arrays.fill(input, (byte) 0xc0);
        assertThatThrownBy(() -> RlpDecoder.decode(input)).isInstanceOf(DecodingException.class);
    }

    @Test
    void decode_empty_isRejected() {
        assertThatThrownBy(() -> RlpDecoder.decode(new byte[0])).isInstanceOf(DecodingException.class);
    }

    @Test
    void asUnsigned_leadingZero_isRejected() {
        assertThatThrownBy(() -> RlpString.of(bytes(0x00, 0x01)).asUnsigned("nonce", 8))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("nonce has a leading zero");
    }

    @Test
    void asUnsigned_tooLong_isRejected() {
        assertThatThrownBy(() -> RlpString.of(new byte[9]).asUnsigned("gasLimit", 8))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("at most 8");
    }

    private static byte[] nested(int depth) {
        RlpItem item = new RlpList(List.of());
        for (int i = 1; i < depth; i++) {
            item = RlpList.of(item);
        }
        return RlpEncoder.encode(item);
    }

    /** Converts the "in" notation of ethereum/tests: strings (0x… = hex), integers, "#bigint", lists. */
    private static RlpItem expectedItem(JsonNode in) throws DecodingException {
        if (in.isArray()) {
            List<RlpItem> items = new ArrayList<>();
            for (JsonNode element : in) {
                items.add(expectedItem(element));
            }
            return new RlpList(items);
        }
        if (in.isIntegralNumber()) {
            return RlpString.ofUnsigned(in.bigIntegerValue());
        }
        String text = in.asText();
        if (text.startsWith("#")) {
            return RlpString.ofUnsigned(new BigInteger(text.substring(1)));
        }
        if (text.startsWith("0x")) {
            return RlpString.of(Hex.decode(text));
        }
        return RlpString.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
