package dev.custos.detect.governance;

import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Custos governance actions by people whose standing no longer supports them, from the facts the server derives from
 * its people registry: an approval of a policy change by an admin whose vetting has lapsed (or who has no vetting
 * record), and any governance action by a person who is leaving. Both alert every time: the approval still counts
 * (the policy decides that), but someone must look.
 */
public final class GovernanceStandingDetector implements Detector {
    public static final String NAME = "governance_standing";
    static final int LAPSED_VETTING_SCORE = 75;
    static final int LEAVING_SCORE = 70;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (!CustosGovernance.is(event)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        lapsedVetting(event).ifPresent(findings::add);
        leaving(event).ifPresent(findings::add);
        return findings;
    }

    private static Optional<Finding> lapsedVetting(Event event) {
        if (!event.action().equals(CustosGovernance.POLICY_CHANGE_APPROVED)) {
            return Optional.empty();
        }
        Optional<String> approver = event.text(EventFields.GOVERNANCE_APPROVER).or(event::userName);
        Optional<String> validUntil = event.text(EventFields.GOVERNANCE_APPROVER_VETTING);
        if (approver.isEmpty() || validUntil.isEmpty()) {
            return Optional.empty();
        }
        String lapse;
        if (validUntil.get().equals("none")) {
            lapse = "has no vetting record";
        } else {
            Instant until;
            try {
                until = Instant.parse(validUntil.get());
            } catch (DateTimeParseException e) {
                lapse = "has a vetting date that does not read ('" + validUntil.get() + "')";
                return Optional.of(finding(event, approver.get(), lapse, validUntil.get()));
            }
            if (until.isAfter(event.timestamp())) {
                return Optional.empty();
            }
            lapse = "whose vetting lapsed at " + until;
        }
        return Optional.of(finding(event, approver.get(), lapse, validUntil.get()));
    }

    private static Finding finding(Event event, String approver, String lapse, String validUntil) {
        List<EntityRef> entities = new ArrayList<>();
        entities.add(EntityRef.user(approver));
        event.userName()
                .filter(actor -> !actor.equals(approver))
                .map(EntityRef::user)
                .ifPresent(entities::add);
        entities.add(CustosGovernance.POLICY);
        String subject = event.text(EventFields.GOVERNANCE_SUBJECT).orElse(event.reference());
        return new Finding(
                NAME,
                KillChainStage.PERSISTENCE,
                LAPSED_VETTING_SCORE,
                entities,
                event.timestamp(),
                event.reference(),
                "approval of policy change " + subject + " by " + approver + ", " + lapse,
                List.of(new FeatureEvidence("vetting_valid_until", validUntil, "must be after the approval")),
                FindingSeverity.ALWAYS_ALERT);
    }

    private static Optional<Finding> leaving(Event event) {
        Optional<String> actor = event.userName();
        if (actor.isEmpty()
                || !event.text(EventFields.ACTOR_EMPLOYMENT)
                        .map("leaving"::equals)
                        .orElse(false)) {
            return Optional.empty();
        }
        String subject = event.text(EventFields.GOVERNANCE_SUBJECT)
                .map(value -> " on " + value)
                .orElse("");
        return Optional.of(new Finding(
                NAME,
                KillChainStage.PERSISTENCE,
                LEAVING_SCORE,
                List.of(EntityRef.user(actor.get())),
                event.timestamp(),
                event.reference(),
                "governance action " + event.action() + subject + " by " + actor.get()
                        + ", who is leaving: their powers still count until they leave",
                List.of(new FeatureEvidence("employment", "leaving", "governance actions while leaving are reviewed")),
                FindingSeverity.ALWAYS_ALERT));
    }
}
