package dev.custos.ecdsa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.InvalidEncodingException;
import java.util.Optional;

/**
 * The rule every decoder fuzz target checks: on any input, a decoder returns a value or throws
 * {@link InvalidEncodingException}. Anything else (IllegalArgumentException, IndexOutOfBoundsException,
 * NullPointerException, ArithmeticException, OutOfMemoryError, StackOverflowError, a {@code null} result) is a finding.
 */
public final class FuzzDecoding {
    private FuzzDecoding() {}

    /** A call to one decoder. */
    @FunctionalInterface
    public interface Decoder<T> {
        T decode() throws InvalidEncodingException;
    }

    /** The decoded value, or empty if the decoder rejected the input with its typed error. */
    public static <T> Optional<T> decodeOrReject(Decoder<T> decoder) {
        T value;
        try {
            value = decoder.decode();
        } catch (InvalidEncodingException rejected) {
            return Optional.empty();
        }
        if (value == null) {
            throw new AssertionError("decoder returned null instead of a value or an InvalidEncodingException");
        }
        return Optional.of(value);
    }

    /**
     * The rule for a protocol message: {@code decoder} (a message type's {@code decode}) accepts {@code input} only as
     * the message's canonical encoding. Works through {@link ProtocolMessage#encode()} alone, so it keeps applying
     * when a message gains fields.
     */
    public static <M extends ProtocolMessage> void checkMessage(byte[] input, MessageDecoder<M> decoder) {
        decodeOrReject(() -> decoder.decode(input))
                .ifPresent(message -> assertThat(message.encode()).isEqualTo(input));
    }

    /** A message type's static {@code decode(byte[])}. */
    @FunctionalInterface
    public interface MessageDecoder<M> {
        M decode(byte[] bytes) throws InvalidEncodingException;
    }
}
