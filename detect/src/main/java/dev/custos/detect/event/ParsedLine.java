package dev.custos.detect.event;

import static java.util.Objects.requireNonNull;

/** The outcome of parsing one input line: an event, a malformed line, or nothing (a blank line). */
public sealed interface ParsedLine {
    /** A well-formed event. */
    record Parsed(Event event) implements ParsedLine {
        public Parsed {
            requireNonNull(event, "event is null");
        }
    }

    /** A blank line, ignored. */
    record Blank(long lineNumber) implements ParsedLine {}

    /** A line that could not be parsed; {@code reason} says why. */
    record Malformed(MalformedLine line) implements ParsedLine {
        public Malformed {
            requireNonNull(line, "line is null");
        }
    }
}
