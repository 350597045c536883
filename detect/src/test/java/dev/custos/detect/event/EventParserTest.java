package dev.custos.detect.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.types.EventFields;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventParserTest {
    private final EventParser parser = new EventParser();

    @Test
    void parse_nestedAndDottedForms_giveTheSameFields() {
        String nested = "{\"@timestamp\":\"2025-02-18T03:12:00Z\",\"event\":{\"category\":\"authentication\","
                + "\"action\":\"login\",\"outcome\":\"success\"},\"user\":{\"name\":\"alice\"},"
                + "\"source\":{\"geo\":{\"country_iso_code\":\"RO\",\"location\":{\"lat\":44.4,\"lon\":26.1}},"
                + "\"as\":{\"number\":9009}}}";
        String dotted = "{\"@timestamp\":\"2025-02-18T03:12:00Z\",\"event.category\":\"authentication\","
                + "\"event.action\":\"login\",\"event.outcome\":\"success\",\"user.name\":\"alice\","
                + "\"source.geo.country_iso_code\":\"RO\",\"source.geo.location.lat\":44.4,"
                + "\"source.geo.location.lon\":26.1,\"source.as.number\":9009}";

        Event fromNested = parsed(nested);
        Event fromDotted = parsed(dotted);

        assertThat(fromNested.fields()).isEqualTo(fromDotted.fields());
        assertThat(fromNested.userName()).contains("alice");
        assertThat(fromNested.text(EventFields.SOURCE_COUNTRY)).contains("RO");
        assertThat(fromNested.number(EventFields.SOURCE_ASN)).hasValue(9009);
        assertThat(fromNested.text(EventFields.SOURCE_ASN)).contains("9009");
        assertThat(fromNested.timestamp()).isEqualTo(Instant.parse("2025-02-18T03:12:00Z"));
    }

    @Test
    void parse_mixedNestingUnderADottedKey_isFlattened() {
        Event event = parsed("{\"@timestamp\":\"2025-02-18T03:12:00+02:00\",\"event.category\":\"api\","
                + "\"event.action\":\"signing.request\",\"custos.tx\":{\"to\":\"0xabc\",\"safe\":{\"operation\":1}}}");

        assertThat(event.text("custos.tx.to")).contains("0xabc");
        assertThat(event.text(EventFields.TX_SAFE_OPERATION)).contains("1");
        assertThat(event.timestamp()).isEqualTo(Instant.parse("2025-02-18T01:12:00Z"));
    }

    @Test
    void parse_unknownActionAndExtraFields_areKept() {
        Event event = parsed("{\"@timestamp\":\"2025-02-18T03:12:00Z\",\"event.category\":\"custom\","
                + "\"event.action\":\"badge.swipe\",\"door\":{\"id\":\"lobby\"},\"list\":[1,2]}");

        assertThat(event.category()).isEqualTo("custom");
        assertThat(event.action()).isEqualTo("badge.swipe");
        assertThat(event.text("door.id")).contains("lobby");
        assertThat(event.node("list"))
                .hasValueSatisfying(node -> assertThat(node.size()).isEqualTo(2));
    }

    @Test
    void parse_invalidJson_isMalformedWithLineNumber() {
        assertMalformed("{\"@timestamp\":", 7, "invalid JSON");
    }

    @Test
    void parse_notAnObject_isMalformed() {
        assertMalformed("[1,2,3]", 3, "not a JSON object");
    }

    @Test
    void parse_missingTimestamp_isMalformed() {
        assertMalformed("{\"event.category\":\"api\",\"event.action\":\"x\"}", 2, "missing @timestamp");
    }

    @Test
    void parse_badTimestamp_isMalformed() {
        assertMalformed(
                "{\"@timestamp\":\"yesterday\",\"event.category\":\"api\",\"event.action\":\"x\"}",
                2,
                "@timestamp is not RFC 3339");
    }

    @Test
    void parse_timestampWithoutOffset_isMalformed() {
        assertMalformed(
                "{\"@timestamp\":\"2025-02-18T03:12:00\",\"event.category\":\"api\",\"event.action\":\"x\"}",
                2,
                "@timestamp is not RFC 3339");
    }

    @Test
    void parse_missingCategoryOrAction_isMalformed() {
        assertMalformed(
                "{\"@timestamp\":\"2025-02-18T03:12:00Z\",\"event.action\":\"x\"}", 4, "missing event.category");
        assertMalformed(
                "{\"@timestamp\":\"2025-02-18T03:12:00Z\",\"event\":{\"category\":\"api\"}}",
                4,
                "missing event.action");
    }

    @Test
    void parse_conflictingNestedAndDottedValues_isMalformed() {
        assertMalformed(
                "{\"@timestamp\":\"2025-02-18T03:12:00Z\",\"event.category\":\"api\",\"event.action\":\"x\","
                        + "\"user.name\":\"alice\",\"user\":{\"name\":\"mallory\"}}",
                5,
                "field user.name given twice");
    }

    @Test
    void parse_trailingGarbage_isMalformed() {
        assertMalformed(
                "{\"@timestamp\":\"2025-02-18T03:12:00Z\",\"event.category\":\"api\",\"event.action\":\"x\"} {}",
                9,
                "invalid JSON");
    }

    @Test
    void parse_blankLine_isBlankNotMalformed() {
        assertThat(parser.parse("   ", 3)).isInstanceOf(ParsedLine.Blank.class);
    }

    private Event parsed(String line) {
        ParsedLine result = parser.parse(line, 1);
        assertThat(result).isInstanceOf(ParsedLine.Parsed.class);
        return ((ParsedLine.Parsed) result).event();
    }

    private void assertMalformed(String line, long lineNumber, String reasonStart) {
        ParsedLine result = parser.parse(line, lineNumber);
        assertThat(result).isInstanceOf(ParsedLine.Malformed.class);
        MalformedLine malformed = ((ParsedLine.Malformed) result).line();
        assertThat(malformed.lineNumber()).isEqualTo(lineNumber);
        assertThat(malformed.reason()).startsWith(reasonStart);
        assertThat(malformed.describe()).startsWith("line " + lineNumber + ": ");
    }
}
