package dev.custos.node.job.message;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The raw bytes a signing request asks to sign, with their type. The node signs only what it derives from these bytes
 * itself; nothing else in a job says what is signed.
 *
 * @param type what the bytes are
 * @param bytes 1 to {@value #MAX_LENGTH} bytes
 */
public record TypedPayload(PayloadType type, byte[] bytes) {
    public static final int MAX_LENGTH = 1 << 20;

    public TypedPayload {
        requireNonNull(type, "type is null");
        requireNonNull(bytes, "bytes is null");
        if (bytes.length == 0 || bytes.length > MAX_LENGTH) {
            throw new IllegalArgumentException("a payload is 1 to " + MAX_LENGTH + " bytes, got " + bytes.length);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TypedPayload other && type == other.type && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * type.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        String hex = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 16));
        return "TypedPayload[" + type + ", " + bytes.length + " bytes, " + hex + (bytes.length > 16 ? "…" : "") + "]";
    }
}
