package dev.custos.policy.approval;

import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubject;
import dev.custos.policy.model.Approver;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.DeviceSignature;
import dev.custos.policy.request.PasskeyAssertion;
import dev.custos.policy.request.SignedApproval;
import dev.custos.policy.request.SigningRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the approvals attached to a request against the active policy. An approval counts only if its approver is in
 * the policy, is not the initiator, has not already been counted, names the active policy version, has not expired at
 * evaluation time and its proof binds the approval digest v2 ({@link ApprovalDigest}) of this very request: its wallet
 * and id, and what the node derived from the payload bytes itself ({@link ApprovalSubject}). The proof is an Ed25519
 * signature by the approver's device key over the digest, or a WebAuthn assertion by one of their passkeys whose
 * challenge is the digest ({@link PasskeyVerification}). A request without a payload has nothing to approve: no
 * approval counts.
 */
public final class ApprovalVerifier {
    private ApprovalVerifier() {}

    public static List<ApprovalCheck> verify(Policy policy, SigningRequest request, Instant now) {
        List<ApprovalCheck> checks = new ArrayList<>();
        Set<String> counted = new LinkedHashSet<>();
        for (SignedApproval approval : request.approvals()) {
            checks.add(check(policy, request, now, approval, counted));
        }
        for (String name : request.unsignedApprovers()) {
            checks.add(new ApprovalCheck(name, false, "approval by " + name + " is not signed; it does not count"));
        }
        return List.copyOf(checks);
    }

    /** The approvers whose approvals count. */
    public static Set<String> counting(List<ApprovalCheck> checks) {
        Set<String> names = new LinkedHashSet<>();
        checks.stream().filter(ApprovalCheck::counts).forEach(check -> names.add(check.approver()));
        return names;
    }

    private static ApprovalCheck check(
            Policy policy, SigningRequest request, Instant now, SignedApproval approval, Set<String> counted) {
        String name = approval.approver();
        Optional<Approver> approver = policy.approver(name);
        if (approver.isEmpty()) {
            return new ApprovalCheck(name, false, "approval by unknown approver " + name);
        }
        if (!request.initiatorName().isEmpty() && name.equals(request.initiatorName())) {
            return new ApprovalCheck(name, false, name + " initiated the request and cannot approve it (four eyes)");
        }
        if (counted.contains(name)) {
            return new ApprovalCheck(name, false, "duplicate approval by " + name);
        }
        if (approval.policyVersion() != policy.version()) {
            return new ApprovalCheck(
                    name,
                    false,
                    "approval by " + name + " is for policy version " + approval.policyVersion()
                            + ", the active version is " + policy.version());
        }
        if (!now.isBefore(approval.expiresAt())) {
            return new ApprovalCheck(name, false, "approval by " + name + " expired at " + approval.expiresAt());
        }
        Optional<ApprovalSubject> subject = RequestDigest.subject(request);
        if (subject.isEmpty()) {
            return new ApprovalCheck(
                    name, false, "approval by " + name + " does not count: the request carries no payload to approve");
        }
        byte[] digest;
        try {
            digest = ApprovalDigest.of(subject.get()
                    .facts(request.walletId(), request.id(), approval.policyVersion(), approval.expiresAt()));
        } catch (IllegalArgumentException e) {
            return new ApprovalCheck(name, false, "approval by " + name + " does not count: " + e.getMessage());
        }
        Optional<String> refusal = switch (approval.proof()) {
            case DeviceSignature signature -> deviceKeyRefusal(approver.get(), digest, signature);
            case PasskeyAssertion assertion ->
                PasskeyVerification.refusal(policy.webauthn(), approver.get(), digest, assertion)
                        .map(reason -> "passkey approval by " + name + " does not count: " + reason);
        };
        if (refusal.isPresent()) {
            return new ApprovalCheck(name, false, refusal.get());
        }
        counted.add(name);
        return new ApprovalCheck(
                name, true, "approved by " + name + (approval.proof() instanceof PasskeyAssertion ? " (passkey)" : ""));
    }

    private static Optional<String> deviceKeyRefusal(Approver approver, byte[] digest, DeviceSignature signature) {
        Optional<byte[]> key = approver.publicKey();
        if (key.isEmpty()) {
            return Optional.of("approval by " + approver.name()
                    + " is signed with a device key, but the policy gives them none (passkeys only)");
        }
        if (!Ed25519Verification.verify(key.get(), digest, signature.signature())) {
            return Optional.of("signature by " + approver.name()
                    + " does not verify for this request, payload and policy version");
        }
        return Optional.empty();
    }
}
