package dev.custos.node.committee;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The admins who govern a committee: any {@code threshold} of them, distinct, must sign a committee for it to count.
 * Public. The admins are kept in ascending order of their key bytes, so one quorum has one encoding.
 *
 * @param threshold how many distinct admins must sign, 1 to the number of admins
 * @param admins the admins' Ed25519 keys, 1 to {@value #MAX_ADMINS}, no duplicates (sorted by the constructor)
 */
public record AdminQuorum(int threshold, List<Ed25519PublicKey> admins) {
    public static final int MAX_ADMINS = 64;

    public AdminQuorum {
        requireNonNull(admins, "admins is null");
        List<Ed25519PublicKey> sorted = new ArrayList<>(admins);
        sorted.forEach(admin -> requireNonNull(admin, "an admin key is null"));
        sorted.sort(null);
        if (sorted.isEmpty() || sorted.size() > MAX_ADMINS) {
            throw new IllegalArgumentException(
                    "a committee needs 1 to " + MAX_ADMINS + " admins, got " + sorted.size());
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException("admin " + sorted.get(i).toHex() + " is listed twice");
            }
        }
        if (threshold < 1 || threshold > sorted.size()) {
            throw new IllegalArgumentException(
                    "the admin threshold must be between 1 and " + sorted.size() + ", got " + threshold);
        }
        admins = List.copyOf(sorted);
    }

    /** Whether {@code key} is one of the admins. */
    public boolean contains(Ed25519PublicKey key) {
        return admins.contains(key);
    }

    /** Writes {@code u32} threshold, {@code u32} count, then each 32-byte key in ascending order. */
    public void writeTo(ByteWriter writer) {
        writer.u32(threshold).u32(admins.size());
        admins.forEach(admin -> writer.raw(admin.bytes()));
    }

    /** Reads what {@link #writeTo} wrote; the keys must be in strictly ascending order. */
    public static AdminQuorum readFrom(ByteReader reader) throws InvalidEncodingException {
        int threshold = reader.u32("admin threshold");
        int count = reader.u32("admin count");
        if (count < 1 || count > MAX_ADMINS) {
            throw reader.error("admin count", count + " is not between 1 and " + MAX_ADMINS);
        }
        List<Ed25519PublicKey> admins = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] bytes = reader.raw(Ed25519PublicKey.LENGTH, "admin " + i);
            Ed25519PublicKey admin;
            try {
                admin = Ed25519PublicKey.of(bytes);
            } catch (InvalidEncodingException e) {
                throw reader.error("admin " + i, e);
            }
            if (i > 0 && admins.get(i - 1).compareTo(admin) >= 0) {
                throw reader.error("admin " + i, "not in strictly ascending order");
            }
            admins.add(admin);
        }
        try {
            return new AdminQuorum(threshold, admins);
        } catch (IllegalArgumentException e) {
            throw reader.error("admin threshold", e);
        }
    }
}
