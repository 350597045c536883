package dev.custos.detect.event;

import static java.util.Objects.requireNonNull;

/**
 * An input line that was skipped.
 *
 * @param lineNumber the 1-based line number
 * @param reason what is wrong with it
 */
public record MalformedLine(long lineNumber, String reason) {
    public MalformedLine {
        if (lineNumber < 1) {
            throw new IllegalArgumentException("lineNumber must be at least 1: " + lineNumber);
        }
        requireNonNull(reason, "reason is null");
    }

    /** {@code line N: reason}, the form written to stderr. */
    public String describe() {
        return "line " + lineNumber + ": " + reason;
    }
}
