package dev.custos.chain;

import java.util.Optional;

/**
 * The rule every decoder fuzz target checks: on any input, a decoder returns a value or throws {@link DecodingException}.
 * Any other throwable (IllegalArgumentException, IndexOutOfBoundsException, NullPointerException, ArithmeticException,
 * OutOfMemoryError, StackOverflowError, ...) propagates and is a finding. A decoder that returns {@code null} is a
 * finding too.
 */
public final class FuzzDecoding {
    private FuzzDecoding() {}

    /** A call to one decoder. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode() throws DecodingException;
    }

    /** The decoded value, or empty if the decoder rejected the input with its typed error. */
    public static <T> Optional<T> decodeOrReject(Decoder<T> decoder) {
        T value;
        try {
            value = decoder.decode();
        } catch (DecodingException rejected) {
            return Optional.empty();
        }
        if (value == null) {
            throw new AssertionError("decoder returned null instead of a value or a DecodingException");
        }
        return Optional.of(value);
    }
}
