package dev.custos.detect.event;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class EventParserProperties {
    private final EventParser parser = new EventParser();

    @Property(tries = 300)
    void parse_anyText_neverThrows_andNamesTheLine(@ForAll @StringLength(max = 200) String line) {
        ParsedLine result = parser.parse(line, 42);

        if (result instanceof ParsedLine.Malformed malformed) {
            assertThat(malformed.line().lineNumber()).isEqualTo(42);
            assertThat(malformed.line().reason()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void parse_anyFieldValue_nestedOrDotted_roundTrips(@ForAll @StringLength(max = 40) String value) {
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"");
        String jsonValue = escaped.chars().anyMatch(c -> c < 0x20) ? "x" : escaped;
        String head = "{\"@timestamp\":\"2025-02-18T03:12:00Z\",\"event.category\":\"api\",\"event.action\":\"a\",";

        ParsedLine dotted = parser.parse(head + "\"user.name\":\"" + jsonValue + "\"}", 1);
        ParsedLine nested = parser.parse(head + "\"user\":{\"name\":\"" + jsonValue + "\"}}", 1);

        assertThat(dotted).isInstanceOf(ParsedLine.Parsed.class);
        assertThat(((ParsedLine.Parsed) dotted).event().fields())
                .isEqualTo(((ParsedLine.Parsed) nested).event().fields());
    }
}
