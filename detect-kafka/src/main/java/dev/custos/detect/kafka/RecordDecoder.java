package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a record value (one ECS event as UTF-8 JSON) into an event. An absent value, invalid UTF-8, a blank value or
 * anything {@link EventParser} rejects is a malformed record. Events without {@code event.id} are referenced by
 * their offset plus one, in place of the line number a file would give.
 */
final class RecordDecoder {
    private final EventParser parser = new EventParser();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    DecodedRecord decode(String topic, int partition, long offset, byte[] value) {
        requireNonNull(topic, "topic is null");
        if (value == null) {
            return bad(topic, partition, offset, "no value (tombstone)");
        }
        if (value.length > 4L * EventParser.MAX_LINE_LENGTH) {
            return bad(topic, partition, offset, "value longer than " + EventParser.MAX_LINE_LENGTH + " characters");
        }
        String text;
        try {
            text = utf8.reset().decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return bad(topic, partition, offset, "value is not valid UTF-8");
        }
        if (text.isBlank()) {
            return bad(topic, partition, offset, "blank value");
        }
        long reference = offset == Long.MAX_VALUE ? offset : offset + 1;
        return switch (parser.parse(text, reference)) {
            case ParsedLine.Parsed parsed -> new DecodedRecord.Good(parsed.event());
            case ParsedLine.Blank blank -> bad(topic, partition, offset, "blank value");
            case ParsedLine.Malformed malformed ->
                bad(topic, partition, offset, malformed.line().reason());
        };
    }

    private static DecodedRecord bad(String topic, int partition, long offset, String reason) {
        return new DecodedRecord.Bad(new MalformedRecord(topic, partition, offset, reason));
    }
}
