package dev.custos.detect.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {
    private static final String EVENT =
            "{\"@timestamp\":\"2025-01-20T03:05:00Z\",\"event.category\":\"authentication\","
                    + "\"event.action\":\"login\",\"user.name\":\"carol\"}";

    private final RecordDecoder decoder = new RecordDecoder();

    @Test
    void decode_event_usesOffsetPlusOneAsItsLine() {
        DecodedRecord decoded = decoder.decode("events", 2, 41, utf8(EVENT + "\n"));

        assertThat(decoded).isInstanceOfSatisfying(DecodedRecord.Good.class, good -> {
            assertThat(good.event().lineNumber()).isEqualTo(42);
            assertThat(good.event().userName()).contains("carol");
        });
    }

    @Test
    void decode_badValues_areMalformedWithPositionAndReason() {
        assertThat(reason(null)).isEqualTo("no value (tombstone)");
        assertThat(reason(new byte[] {(byte) 0xFF, '{', '}'})).isEqualTo("value is not valid UTF-8");
        assertThat(reason(utf8(" \n"))).isEqualTo("blank value");
        assertThat(reason(utf8("[1,2]"))).isEqualTo("not a JSON object");
        assertThat(reason(utf8(EVENT + EVENT))).startsWith("invalid JSON");
        assertThat(reason(utf8("{\"@timestamp\":\"yesterday\"}"))).startsWith("@timestamp is not RFC 3339");

        DecodedRecord decoded = decoder.decode("events", 3, 7, null);
        assertThat(decoded)
                .isEqualTo(new DecodedRecord.Bad(new MalformedRecord("events", 3, 7, "no value (tombstone)")));
        assertThat(((DecodedRecord.Bad) decoded).malformed().describe()).isEqualTo("events-3@7: no value (tombstone)");
    }

    private String reason(byte[] value) {
        DecodedRecord decoded = decoder.decode("events", 0, 0, value);
        assertThat(decoded).isInstanceOf(DecodedRecord.Bad.class);
        return ((DecodedRecord.Bad) decoded).malformed().reason();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
