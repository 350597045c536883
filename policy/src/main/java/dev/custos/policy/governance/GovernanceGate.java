package dev.custos.policy.governance;

import dev.custos.policy.approval.Ed25519Verification;
import dev.custos.policy.approval.PasskeyVerification;
import dev.custos.policy.model.Approver;
import dev.custos.policy.model.Policy;
import dev.custos.policy.request.DeviceSignature;
import dev.custos.policy.request.PasskeyAssertion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a policy change takes effect. The candidate's version must be the current one plus one. Admins are
 * the current policy's approvers in group {@value #ADMIN_GROUP}; their signatures must verify over the change digest. A
 * stricter-only change (see {@link StricterOnly}) needs one admin and applies at once; any other change needs the
 * current policy's admin quorum and applies only after its time lock.
 */
public final class GovernanceGate {
    public static final String ADMIN_GROUP = "admin";

    private GovernanceGate() {}

    public static ChangeDecision review(PolicyChange change, Instant now) {
        Policy current = change.current();
        Policy candidate = change.candidate();
        List<String> reasons = new ArrayList<>();
        Set<String> admins = verifiedAdmins(change, reasons);
        List<String> loosenings = StricterOnly.loosenings(current, candidate);
        boolean stricter = loosenings.isEmpty();
        if (candidate.version() != current.version() + 1) {
            reasons.add(0, "candidate version " + candidate.version() + " must be " + (current.version() + 1));
            return refused(stricter, change.proposedAt(), admins, reasons);
        }
        if (stricter) {
            if (admins.isEmpty()) {
                reasons.add("a stricter-only change needs one admin approval; none counts");
                return refused(true, change.proposedAt(), admins, reasons);
            }
            reasons.add("stricter-only change approved by " + String.join(", ", admins) + ": effective at once");
            return new ChangeDecision(
                    ChangeDecision.Status.ACCEPTED, true, change.proposedAt(), List.copyOf(admins), reasons);
        }
        reasons.add("loosens the policy: " + String.join("; ", loosenings));
        int quorum = current.governance().adminQuorum();
        if (admins.size() < quorum) {
            reasons.add("needs " + quorum + " admin approvals, has " + admins.size());
            return refused(false, change.proposedAt(), admins, reasons);
        }
        Instant effective = change.proposedAt().plusSeconds(current.governance().timelockSeconds());
        if (now.isBefore(effective)) {
            reasons.add("quorum met; time lock runs until " + effective);
            return new ChangeDecision(
                    ChangeDecision.Status.PENDING_TIME_LOCK, false, effective, List.copyOf(admins), reasons);
        }
        reasons.add("quorum met and time lock elapsed at " + effective);
        return new ChangeDecision(ChangeDecision.Status.ACCEPTED, false, effective, List.copyOf(admins), reasons);
    }

    private static ChangeDecision refused(boolean stricter, Instant at, Set<String> admins, List<String> reasons) {
        return new ChangeDecision(ChangeDecision.Status.REFUSED, stricter, at, List.copyOf(admins), reasons);
    }

    private static Set<String> verifiedAdmins(PolicyChange change, List<String> reasons) {
        byte[] digest = change.digest();
        Set<String> admins = new LinkedHashSet<>();
        for (ChangeApproval approval : change.approvals()) {
            Optional<Approver> admin = change.current().approver(approval.admin());
            if (admin.isEmpty() || !admin.get().inGroup(ADMIN_GROUP)) {
                reasons.add(approval.admin() + " is not an admin of policy version "
                        + change.current().version());
            } else if (admins.contains(approval.admin())) {
                reasons.add("duplicate approval by " + approval.admin());
            } else {
                Optional<String> refusal = refusal(change.current(), admin.get(), digest, approval);
                if (refusal.isPresent()) {
                    reasons.add(refusal.get());
                    continue;
                }
                admins.add(approval.admin());
            }
        }
        return admins;
    }

    /** Why {@code approval} does not count for the change with {@code digest}; empty when it does. */
    private static Optional<String> refusal(Policy current, Approver admin, byte[] digest, ChangeApproval approval) {
        return switch (approval.proof()) {
            case DeviceSignature signature -> {
                if (admin.publicKey().isEmpty()) {
                    yield Optional.of(admin.name() + " has no device key; approve this change with a passkey");
                }
                yield Ed25519Verification.verify(admin.publicKey().get(), digest, signature.signature())
                        ? Optional.empty()
                        : Optional.of("signature by " + admin.name() + " does not verify for this change");
            }
            case PasskeyAssertion assertion ->
                PasskeyVerification.refusal(current.webauthn(), admin, digest, assertion)
                        .map(reason ->
                                "passkey approval by " + admin.name() + " does not count for this change: " + reason);
        };
    }
}
