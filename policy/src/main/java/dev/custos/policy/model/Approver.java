package dev.custos.policy.model;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A person who may approve requests, with the Ed25519 public key of their device and their groups.
 *
 * @param name unique approver name (also the {@code user.name} they use as an initiator)
 * @param publicKey 32-byte Ed25519 public key, validated on load
 * @param groups the approval groups the approver belongs to ({@code admin} for policy governance)
 */
public record Approver(String name, byte[] publicKey, List<String> groups) {
    public Approver {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(publicKey, "publicKey is null");
        groups = List.copyOf(Objects.requireNonNull(groups, "groups is null"));
        if (publicKey.length != Ed25519.PUBLIC_KEY_SIZE || !Ed25519.validatePublicKeyFull(publicKey, 0)) {
            throw new IllegalArgumentException("approver " + name + ": public key is not a valid Ed25519 key");
        }
        publicKey = publicKey.clone();
    }

    @Override
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Approver that
                && name.equals(that.name)
                && Arrays.equals(publicKey, that.publicKey)
                && groups.equals(that.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(publicKey), groups);
    }

    @Override
    public String toString() {
        return "Approver[" + name + ", key=" + HexFormat.of().formatHex(publicKey) + ", groups=" + groups + "]";
    }
}
