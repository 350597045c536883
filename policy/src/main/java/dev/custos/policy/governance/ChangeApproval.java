package dev.custos.policy.governance;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An admin's signature over a {@link PolicyChange#digest() policy change digest}.
 *
 * @param admin the admin's approver name in the current policy
 * @param signature 64-byte Ed25519 signature
 */
public record ChangeApproval(String admin, byte[] signature) {
    public ChangeApproval {
        Objects.requireNonNull(admin, "admin is null");
        Objects.requireNonNull(signature, "signature is null");
        if (signature.length != 64) {
            throw new IllegalArgumentException("signature must be 64 bytes, got " + signature.length);
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChangeApproval that
                && admin.equals(that.admin)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(admin, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return "ChangeApproval[" + admin + ", " + HexFormat.of().formatHex(signature) + "]";
    }
}
