package dev.custos.node.keystore;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A key-encryption key derived from a passphrase with Argon2id: kind 1, then the cost (memory in KiB, iterations,
 * parallelism, each a u32) and the 16-byte salt.
 */
public record Argon2idParameters(Argon2idCost cost, byte[] salt) implements KekParameters {
    public static final int KIND = 1;
    public static final int SALT_LENGTH = 16;

    public Argon2idParameters {
        requireNonNull(cost, "cost is null");
        requireNonNull(salt, "salt is null");
        if (salt.length != SALT_LENGTH) {
            throw new IllegalArgumentException(
                    "the Argon2id salt must be " + SALT_LENGTH + " bytes, got " + salt.length);
        }
        salt = salt.clone();
    }

    @Override
    public byte[] salt() {
        return salt.clone();
    }

    @Override
    public int kind() {
        return KIND;
    }

    @Override
    public void writeParameters(ByteWriter writer) {
        writer.u32(cost.memoryKib())
                .u32(cost.iterations())
                .u32(cost.parallelism())
                .raw(salt);
    }

    static Argon2idParameters readParameters(ByteReader reader) throws InvalidEncodingException {
        int memory = reader.u32("argon2id memory");
        int iterations = reader.u32("argon2id iterations");
        int parallelism = reader.u32("argon2id parallelism");
        byte[] salt = reader.raw(SALT_LENGTH, "argon2id salt");
        try {
            return new Argon2idParameters(new Argon2idCost(memory, iterations, parallelism), salt);
        } catch (IllegalArgumentException e) {
            throw reader.error("argon2id cost", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Argon2idParameters other && cost.equals(other.cost) && Arrays.equals(salt, other.salt);
    }

    @Override
    public int hashCode() {
        return 31 * cost.hashCode() + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "Argon2idParameters[" + cost + ", salt=" + HexFormat.of().formatHex(salt) + "]";
    }
}
