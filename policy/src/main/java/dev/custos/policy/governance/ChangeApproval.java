package dev.custos.policy.governance;

import dev.custos.policy.request.ApprovalProof;
import dev.custos.policy.request.DeviceSignature;
import java.util.Objects;

/**
 * An admin's approval of a policy change: a signature by their Ed25519 device key over the {@link PolicyChange#digest()
 * change digest}, or a WebAuthn assertion by one of their passkeys whose challenge is that digest.
 *
 * @param admin the admin's approver name in the current policy
 * @param proof the device-key signature or the passkey assertion
 */
public record ChangeApproval(String admin, ApprovalProof proof) {
    public ChangeApproval {
        Objects.requireNonNull(admin, "admin is null");
        Objects.requireNonNull(proof, "proof is null");
    }

    /** A device-key approval: the 64-byte Ed25519 signature over the change digest. */
    public ChangeApproval(String admin, byte[] signature) {
        this(admin, new DeviceSignature(signature));
    }
}
