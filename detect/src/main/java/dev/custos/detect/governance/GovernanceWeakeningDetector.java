package dev.custos.detect.governance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * A policy weakened step by step: a proposal that lowers the governance time lock or removes an approver, then,
 * within {@link #WINDOW}, another proposal that loosens the policy. Each step alone is an ordinary governed change;
 * together they are how an insider first shortens the window in which others can react, or removes the approver who
 * would object, and then makes the change that matters. The first step is a quiet finding on the policy
 * ({@link CustosGovernance#POLICY}); the loosening that follows is one incident on the policy, naming both actors,
 * with every step of the chain (its event, actor, time and what it did) in the evidence.
 */
public final class GovernanceWeakeningDetector implements Detector, Checkpointable {
    public static final String NAME = "governance_weakening";
    /** How long a first step waits for the loosening that completes the sequence. */
    public static final Duration WINDOW = Duration.ofDays(7);

    static final int STEP_SCORE = 20;
    static final int SEQUENCE_SCORE = 88;
    static final int MAX_STEPS = 64;

    private final Deque<Step> steps = new ArrayDeque<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (!CustosGovernance.is(event) || !event.action().equals(CustosGovernance.POLICY_PROPOSED)) {
            return List.of();
        }
        Instant now = event.timestamp();
        while (!steps.isEmpty() && steps.peekFirst().time().isBefore(now.minus(WINDOW))) {
            steps.removeFirst();
        }
        List<String> kinds = CustosGovernance.texts(event, EventFields.GOVERNANCE_STEPS);
        String actor = event.userName().orElse("unknown actor");
        String subject = event.text(EventFields.GOVERNANCE_SUBJECT).orElse(event.reference());
        List<Finding> findings = new ArrayList<>();
        if (kinds.contains("loosening") && !steps.isEmpty()) {
            findings.add(sequence(event, actor, subject));
        }
        String description = describe(event, kinds);
        if (!description.isEmpty()) {
            if (findings.isEmpty()) {
                findings.add(new Finding(
                        NAME,
                        KillChainStage.STAGING,
                        STEP_SCORE,
                        List.of(CustosGovernance.POLICY),
                        now,
                        event.reference(),
                        "first step of a possible weakening: proposal " + subject + " by " + actor + " " + description,
                        List.of(new FeatureEvidence(
                                "step", description, "a later loosening within " + days() + " is an incident")),
                        FindingSeverity.NORMAL));
            }
            steps.addLast(new Step(now, event.reference(), actor, subject, description));
            while (steps.size() > MAX_STEPS) {
                steps.removeFirst();
            }
        }
        return findings;
    }

    private Finding sequence(Event event, String actor, String subject) {
        List<FeatureEvidence> evidence = new ArrayList<>();
        List<EntityRef> entities = new ArrayList<>();
        entities.add(CustosGovernance.POLICY);
        for (Step step : steps) {
            evidence.add(new FeatureEvidence(
                    "step",
                    "proposal " + step.subject() + " by " + step.actor() + " at " + step.time() + " (event "
                            + step.reference() + ") " + step.description(),
                    "weakening step within " + days()));
            addUser(entities, step.actor());
        }
        List<String> loosenings = CustosGovernance.texts(event, EventFields.GOVERNANCE_LOOSENINGS);
        evidence.add(new FeatureEvidence(
                "loosening",
                "proposal " + subject + " by " + actor + " at " + event.timestamp() + " (event " + event.reference()
                        + ")" + (loosenings.isEmpty() ? "" : ": " + String.join("; ", loosenings)),
                "loosens the policy after the steps above"));
        addUser(entities, actor);
        Step first = steps.peekFirst();
        String summary = String.format(
                Locale.ROOT,
                "policy weakened step by step: %s by %s, then proposal %s by %s loosens the policy %s later",
                first.description(),
                first.actor(),
                subject,
                actor,
                human(Duration.between(first.time(), event.timestamp())));
        return new Finding(
                NAME,
                KillChainStage.STAGING,
                SEQUENCE_SCORE,
                entities,
                event.timestamp(),
                event.reference(),
                summary,
                evidence,
                FindingSeverity.ALWAYS_ALERT);
    }

    private static void addUser(List<EntityRef> entities, String actor) {
        if (!actor.equals("unknown actor") && !actor.isBlank()) {
            EntityRef user = EntityRef.user(actor);
            if (!entities.contains(user)) {
                entities.add(user);
            }
        }
    }

    /** What a proposal does that prepares a later loosening, or empty. */
    private static String describe(Event event, List<String> kinds) {
        List<String> parts = new ArrayList<>();
        if (kinds.contains("timelock_lowered")) {
            parts.add("lowers the time lock "
                    + event.text(EventFields.GOVERNANCE_OLD_VALUE).orElse("?") + " s -> "
                    + event.text(EventFields.GOVERNANCE_NEW_VALUE).orElse("?") + " s");
        }
        if (kinds.contains("approver_removed")) {
            List<String> removed = CustosGovernance.texts(event, EventFields.GOVERNANCE_APPROVERS_REMOVED);
            parts.add("removes approver" + (removed.size() == 1 ? " " : "s ")
                    + (removed.isEmpty() ? "(unnamed)" : String.join(", ", removed)));
        }
        return String.join(" and ", parts);
    }

    private static String days() {
        return WINDOW.toDays() + " days";
    }

    private static String human(Duration duration) {
        long hours = duration.toHours();
        return hours >= 48 ? duration.toDays() + " days" : hours >= 1 ? hours + " h" : duration.toMinutes() + " min";
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        ArrayNode list = node.putArray("steps");
        for (Step step : steps) {
            ObjectNode entry = list.addObject();
            entry.put("time", step.time().toString());
            entry.put("reference", step.reference());
            entry.put("actor", step.actor());
            entry.put("subject", step.subject());
            entry.put("description", step.description());
        }
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        List<Step> restored = new ArrayList<>();
        for (JsonNode entry : StateJson.array(state, "steps")) {
            restored.add(new Step(
                    StateJson.instant(entry, "time"),
                    StateJson.text(entry, "reference"),
                    StateJson.text(entry, "actor"),
                    StateJson.text(entry, "subject"),
                    StateJson.text(entry, "description")));
        }
        if (restored.size() > MAX_STEPS) {
            throw new InvalidStateException(NAME + ": more than " + MAX_STEPS + " steps");
        }
        steps.clear();
        steps.addAll(restored);
    }

    private record Step(Instant time, String reference, String actor, String subject, String description) {}
}
