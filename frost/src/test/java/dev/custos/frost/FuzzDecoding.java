package dev.custos.frost;

import dev.custos.crypto.InvalidEncodingException;
import java.security.GeneralSecurityException;
import java.util.Optional;

/**
 * The rule every decoder fuzz target checks: on any input, a decoder returns a value or throws one of the module's
 * typed decoding errors, {@link FrostException} or {@link InvalidEncodingException}. Anything else
 * (IllegalArgumentException, IndexOutOfBoundsException, NullPointerException, ArithmeticException, OutOfMemoryError,
 * StackOverflowError, another checked exception, a {@code null} result) is a finding.
 */
public final class FuzzDecoding {
    private FuzzDecoding() {}

    /** A call to one decoder. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode() throws GeneralSecurityException;
    }

    /** The decoded value, or empty if the decoder rejected the input with a typed error. */
    public static <T> Optional<T> decodeOrReject(Decoder<T> decoder) {
        T value;
        try {
            value = decoder.decode();
        } catch (FrostException | InvalidEncodingException rejected) {
            return Optional.empty();
        } catch (GeneralSecurityException other) {
            throw new AssertionError("decoder threw an untyped security exception", other);
        }
        if (value == null) {
            throw new AssertionError("decoder returned null instead of a value or a typed error");
        }
        return Optional.of(value);
    }

    /**
     * The authenticated sender the lifecycle targets pass to the decoders: participant 1 of {@code suite}. The seed
     * corpus holds messages sent by participant 1, so the fuzzer starts from encodings that pass the sender check.
     */
    public static Identifier sender(Ciphersuite suite) {
        return Identifier.of(suite, 1);
    }
}
