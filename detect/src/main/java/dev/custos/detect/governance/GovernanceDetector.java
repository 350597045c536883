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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Governance changes (owners and signers, thresholds, time locks, modules and guards, upgrades, ownership transfers,
 * policies): every one alerts at least high, and critical when the actor's accumulated risk is already at least
 * {@value #ANOMALOUS_ACTOR} — a change made from a suspicious session is how Drift, Radiant and Bybit-style thefts
 * are prepared.
 */
public final class GovernanceDetector implements Detector {
    public static final String NAME = "governance_change";
    public static final int ANOMALOUS_ACTOR = 40;
    static final int CRITICAL_SCORE = 92;
    /** Which pointer a {@code contract_upgraded} change moved: implementation, beacon or (a Safe's) singleton. */
    static final String POINTER = "custos.governance.pointer";

    private static final String ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (!event.category().equals(EventFields.CATEGORY_CONFIGURATION)
                || !event.action().startsWith(EventFields.GOVERNANCE_PREFIX)
                || event.failed()) {
            return List.of();
        }
        String change = event.action().substring(EventFields.GOVERNANCE_PREFIX.length());
        Optional<String> oldValue = event.text(EventFields.GOVERNANCE_OLD_VALUE);
        Optional<String> newValue = event.text(EventFields.GOVERNANCE_NEW_VALUE);
        Assessment assessment = assess(change, oldValue, newValue, event);
        List<FeatureEvidence> evidence = new ArrayList<>();
        evidence.add(new FeatureEvidence(
                "change", change + " " + oldValue.orElse("?") + " -> " + newValue.orElse("?"), assessment.reason()));
        Optional<String> actor = event.userName();
        int score = assessment.score();
        if (actor.isPresent()) {
            int actorRisk = risk.riskOf(EntityRef.user(actor.get()));
            if (actorRisk >= ANOMALOUS_ACTOR) {
                score = Math.max(score, CRITICAL_SCORE);
                evidence.add(new FeatureEvidence(
                        "actor_risk",
                        Integer.toString(actorRisk),
                        "actor already anomalous (at least " + ANOMALOUS_ACTOR + ")"));
            }
        }
        List<EntityRef> entities = new ArrayList<>();
        actor.map(EntityRef::user).ifPresent(entities::add);
        Optional<String> contract = event.text(EventFields.GOVERNANCE_CONTRACT);
        contract.map(EntityRef::contract).ifPresent(entities::add);
        event.text(EventFields.WALLET_ID).map(EntityRef::wallet).ifPresent(entities::add);
        if (entities.isEmpty()) {
            entities.add(EntityRef.contract("unknown"));
        }
        String summary = String.format(
                Locale.ROOT,
                "governance change %s on %s by %s: %s",
                change,
                contract.orElse("unknown contract"),
                actor.orElse("unknown actor"),
                assessment.reason());
        return List.of(new Finding(
                NAME,
                KillChainStage.PERSISTENCE,
                score,
                entities,
                event.timestamp(),
                event.reference(),
                summary,
                evidence,
                FindingSeverity.ALWAYS_ALERT));
    }

    private static Assessment assess(String change, Optional<String> oldValue, Optional<String> newValue, Event event) {
        OptionalDouble before = number(oldValue);
        OptionalDouble after = number(newValue);
        boolean decreased = before.isPresent() && after.isPresent() && after.getAsDouble() < before.getAsDouble();
        return switch (change) {
            case "threshold_changed" ->
                decreased
                        ? new Assessment(82, "signing threshold lowered")
                        : new Assessment(70, "signing threshold changed");
            case "timelock_changed" -> {
                boolean removed = after.isPresent() && after.getAsDouble() == 0;
                if (removed) {
                    yield new Assessment(85, "time lock removed");
                }
                yield decreased ? new Assessment(80, "time lock shortened") : new Assessment(70, "time lock changed");
            }
            case "guard_changed" ->
                newValue.map(value -> value.equalsIgnoreCase(ZERO_ADDRESS)).orElse(false)
                        ? new Assessment(82, "transaction guard removed")
                        : new Assessment(76, "transaction guard replaced");
            case "module_enabled" -> new Assessment(78, "module enabled: it can move funds without owner signatures");
            case "contract_upgraded" ->
                event.text(POINTER).map(pointer -> pointer.equals("singleton")).orElse(false)
                        ? new Assessment(90, "Safe singleton (slot 0) rewritten: every call now runs other code")
                        : new Assessment(78, "implementation upgraded");
            case "admin_changed" -> new Assessment(80, "proxy admin changed: the new admin can upgrade the code");
            case "module_disabled" -> new Assessment(70, "module disabled");
            case "fallback_handler_changed" ->
                new Assessment(76, "fallback handler replaced: it answers every call the wallet does not know");
            case "role_revoked" -> new Assessment(72, "privileged role revoked");
            case "role_admin_changed" -> new Assessment(76, "the role that administers a role changed");
            case "call_scheduled" -> new Assessment(72, "call scheduled through the time lock");
            case "proposal_created" -> new Assessment(70, "governance proposal created");
            case "proposal_executed" -> new Assessment(74, "governance proposal executed");
            case "unreadable_event" -> new Assessment(70, "a governance event of a watched contract could not be read");
            case "ownership_transferred" -> new Assessment(80, "ownership transferred");
            case "owner_added", "signer_added" -> new Assessment(75, "new owner or signer");
            case "owner_removed", "signer_removed" -> new Assessment(72, "owner or signer removed");
            case "role_granted" -> new Assessment(72, "privileged role granted");
            case "policy_changed" -> new Assessment(70, "policy changed");
            default -> new Assessment(70, "unrecognised governance change " + event.action());
        };
    }

    private static OptionalDouble number(Optional<String> text) {
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double value = Double.parseDouble(text.get());
            return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private record Assessment(int score, String reason) {}
}
