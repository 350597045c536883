package dev.custos.chain;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Input bytes or text could not be decoded: malformed, non-canonical, out of range or too large. The message names the
 * culprit and, where it is known, the byte offset at which decoding failed.
 */
public final class DecodingException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /** A failure that is not tied to one position in the input. */
    public DecodingException(String message) {
        super(message);
        this.offset = -1;
    }

    /** A failure at {@code offset}, counted in bytes from the start of the decoded input. */
    public DecodingException(String message, int offset) {
        super(message + " (at byte " + offset + ")");
        if (offset < 0) {
            throw new IllegalArgumentException("offset is negative: " + offset);
        }
        this.offset = offset;
    }

    /** A failure caused by another decoding failure, keeping its offset. */
    public DecodingException(String context, DecodingException cause) {
        super(context + ": " + cause.getMessage(), cause);
        this.offset = cause.offset;
    }

    /** The message, which every constructor sets: it names the culprit. */
    @Override
    public String getMessage() {
        return Objects.requireNonNull(super.getMessage(), "message");
    }

    /** The byte offset of the failure, when known. */
    public OptionalInt offset() {
        return offset < 0 ? OptionalInt.empty() : OptionalInt.of(offset);
    }
}
