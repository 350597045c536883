package dev.custos.policy.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A person who may approve requests, with the credentials they approve with and their groups: the Ed25519 public key of
 * their device ({@code custos approve}), their passkeys (WebAuthn, docs/POLICY.md "Passkeys"), or both.
 *
 * @param name unique approver name (also the {@code user.name} they use as an initiator)
 * @param publicKey 32-byte Ed25519 device public key, validated on load; empty for an approver with passkeys only
 * @param passkeys the approver's registered passkeys; at least one when there is no device key
 * @param groups the approval groups the approver belongs to ({@code admin} for policy governance)
 */
public record Approver(String name, Optional<byte[]> publicKey, List<Passkey> passkeys, List<String> groups) {
    /** At most this many passkeys per approver. */
    public static final int MAX_PASSKEYS = 16;

    public Approver {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(publicKey, "publicKey is null");
        passkeys = List.copyOf(Objects.requireNonNull(passkeys, "passkeys is null"));
        groups = List.copyOf(Objects.requireNonNull(groups, "groups is null"));
        publicKey = publicKey.map(byte[]::clone);
        if (publicKey.isPresent()
                && (publicKey.get().length != Ed25519.PUBLIC_KEY_SIZE
                        || !Ed25519.validatePublicKeyFull(publicKey.get(), 0))) {
            throw new IllegalArgumentException("approver " + name + ": public key is not a valid Ed25519 key");
        }
        if (publicKey.isEmpty() && passkeys.isEmpty()) {
            throw new IllegalArgumentException(
                    "approver " + name + " needs a device key (public_key) or at least one passkey (passkeys)");
        }
        if (passkeys.size() > MAX_PASSKEYS) {
            throw new IllegalArgumentException("approver " + name + " has more than " + MAX_PASSKEYS + " passkeys");
        }
        Set<String> ids = new HashSet<>();
        for (Passkey passkey : passkeys) {
            if (!ids.add(passkey.credentialIdText())) {
                throw new IllegalArgumentException("approver " + name + ": passkey credential_id "
                        + passkey.credentialIdText() + " is listed twice");
            }
        }
    }

    /** An approver with a device key and no passkeys. */
    public Approver(String name, byte[] publicKey, List<String> groups) {
        this(name, Optional.of(Objects.requireNonNull(publicKey, "publicKey is null")), List.of(), groups);
    }

    @Override
    public Optional<byte[]> publicKey() {
        return publicKey.map(byte[]::clone);
    }

    /** The passkey with this credential id, if it is one of this approver's. */
    public Optional<Passkey> passkey(byte[] credentialId) {
        return passkeys.stream()
                .filter(passkey -> Arrays.equals(passkey.credentialId(), credentialId))
                .findFirst();
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Approver that
                && name.equals(that.name)
                && keyText().equals(that.keyText())
                && passkeys.equals(that.passkeys)
                && groups.equals(that.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, keyText(), passkeys, groups);
    }

    @Override
    public String toString() {
        return "Approver[" + name + ", key=" + keyText() + ", passkeys=" + passkeys.size() + ", groups=" + groups + "]";
    }

    private String keyText() {
        return publicKey.map(HexFormat.of()::formatHex).orElse("none");
    }
}
