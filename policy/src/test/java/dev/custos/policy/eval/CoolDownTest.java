package dev.custos.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.Payloads;
import dev.custos.policy.model.Policy;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.types.Verdict;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Destination allowlist entries become active only after the policy's cool-down (86,400 s in the fixtures). */
class CoolDownTest {
    private static final String RULES = "[{\"id\":\"allow-active\",\"effect\":\"allow\",\"condition\":"
            + "\"destination.active\"},{\"id\":\"cooling\",\"effect\":\"deny\",\"condition\":"
            + "\"destination.allowlisted && !destination.active\"}]";
    private static final String OTHER = "0x2222222222222222222222222222222222222222";
    private final Fixtures fixtures = new Fixtures();

    private Decision decideAt(String addedAt, Instant requestTime) {
        ObjectNode document = fixtures.document(1, RULES);
        ((ObjectNode) document.get("destinations").get(0)).put("added_at", addedAt);
        Policy policy = dev.custos.policy.model.PolicyParser.parse(document);
        ObjectNode event = Fixtures.event();
        event.put("@timestamp", requestTime.toString());
        return fixtures.decide(policy, event, new VelocityTracker(), requestTime);
    }

    @Test
    void newDestination_oneSecondBeforeCoolDownEnds_denied() {
        Decision decision = decideAt("2026-03-01T12:00:01Z", Instant.parse("2026-03-02T12:00:00Z"));

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).containsExactly("cooling");
    }

    @Test
    void newDestination_exactlyAtCoolDownEnd_allowed() {
        Decision decision = decideAt("2026-03-01T12:00:00Z", Instant.parse("2026-03-02T12:00:00Z"));

        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.matchedRuleIds()).containsExactly("allow-active");
    }

    @Test
    void notAllowlistedDestination_defaultDeny() {
        Policy policy = fixtures.policy(RULES);
        ObjectNode event = Fixtures.event();
        event.put("custos.tx.to", OTHER);
        event.put("custos.tx.raw", Payloads.usdcTransfer(OTHER, BigInteger.valueOf(1_000_000_000L)));

        Decision decision = fixtures.decide(policy, event);

        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.matchedRuleIds()).isEmpty();
    }

    @Test
    void platformReportedAllowlistEntry_isOnlyAClaim_theDestinationStaysUnlisted() {
        Policy policy = fixtures.policy(RULES);
        ObjectNode event = Fixtures.event();
        event.put("custos.tx.to", OTHER);
        event.put("custos.tx.raw", Payloads.usdcTransfer(OTHER, BigInteger.valueOf(1_000_000_000L)));
        event.put("custos.destination.allowlisted_at", "2026-03-02T11:00:00Z");

        Decision decision = fixtures.decide(policy, event);

        assertThat(decision.matchedRuleIds()).isEmpty();
        assertThat(decision.outcome()).isEqualTo(Verdict.DENY);
        assertThat(decision.claimMismatches())
                .singleElement()
                .asString()
                .contains("custos.destination.allowlisted_at", "does not allowlist " + OTHER);
    }
}
