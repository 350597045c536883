package dev.custos.detect.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.baseline.Attribute;
import dev.custos.detect.baseline.HourOfWeek;
import dev.custos.detect.baseline.RarityDetector;
import dev.custos.detect.baseline.RarityRules;
import dev.custos.detect.credential.CredentialDetector;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.types.EventFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Custos governance action (a policy proposal, an approval of one, a change to the people registry or the node
 * operators) by an actor acting from a network, a device or at an hour of the week that is new or rare for them. The
 * baseline is the engine's rarity baseline ({@link RarityDetector}, the same decay and thresholds as
 * {@code login_rarity}) kept per user over their successful logins and their governance actions, so the console
 * sign-ins the server reports teach it where and when a person usually works. Every finding alerts (at least high):
 * governance actions are rare, and one from an unfamiliar place is how a stolen session prepares a theft.
 */
public final class GovernanceActorDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "governance_actor";

    private final RarityDetector baseline;

    public GovernanceActorDetector(EntityLimits limits) {
        requireNonNull(limits, "limits is null");
        this.baseline = new RarityDetector(
                NAME,
                event -> event.userName().isPresent() && (CustosGovernance.is(event) || successfulLogin(event)),
                event -> event.userName().map(EntityRef::user),
                event -> List.of(),
                event -> KillChainStage.PERSISTENCE,
                List.of(
                        new Attribute("network", 30, CredentialDetector::network, List::of),
                        Attribute.field("device", 25, EventFields.DEVICE_ID),
                        new Attribute(
                                "hour_of_week",
                                15,
                                event -> Optional.of(HourOfWeek.bucket(event.timestamp())),
                                HourOfWeek::neighbors)),
                RarityRules.DEFAULT,
                limits);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        List<Finding> rarities = baseline.observe(event, risk);
        if (!CustosGovernance.is(event) || rarities.isEmpty()) {
            return List.of();
        }
        Finding rarity = rarities.getFirst();
        String summary = String.format(
                Locale.ROOT,
                "governance action %s%s by %s from an unfamiliar %s",
                event.action(),
                event.text(EventFields.GOVERNANCE_SUBJECT)
                        .map(subject -> " on " + subject)
                        .orElse(""),
                event.userName().orElseThrow(),
                String.join(
                        " and ",
                        rarity.features().stream()
                                .map(feature -> feature.feature().replace('_', ' '))
                                .toList()));
        return List.of(new Finding(
                NAME,
                KillChainStage.PERSISTENCE,
                rarity.score(),
                rarity.entities(),
                rarity.timestamp(),
                rarity.eventReference(),
                summary,
                rarity.features(),
                FindingSeverity.ALWAYS_ALERT));
    }

    private static boolean successfulLogin(Event event) {
        return event.is(EventFields.CATEGORY_AUTHENTICATION, EventFields.ACTION_LOGIN) && event.succeeded();
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return baseline.entityUsage();
    }

    @Override
    public ObjectNode checkpoint() {
        return baseline.checkpoint();
    }

    @Override
    public void restore(JsonNode state) {
        baseline.restore(state);
    }
}
