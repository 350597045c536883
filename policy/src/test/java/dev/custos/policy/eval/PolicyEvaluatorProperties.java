package dev.custos.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.policy.Fixtures;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.model.Policy;
import dev.custos.types.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PolicyEvaluatorProperties {
    private static final String[] EFFECTS = {
        "\"allow\"",
        "\"deny\"",
        "{\"delay\":{\"seconds\":60}}",
        "{\"require_approvals\":{\"groups\":[\"g\"],\"quorum\":1}}"
    };
    private final Fixtures fixtures = new Fixtures();

    /** Rules with random effects whose conditions hold or not; the decision follows the precedence rules. */
    @Property(tries = 50)
    void decision_followsPrecedence(
            @ForAll @Size(min = 0, max = 8) List<@IntRange(min = 0, max = 3) Integer> effects,
            @ForAll @Size(min = 8, max = 8) List<Boolean> holds) {
        StringJoiner rules = new StringJoiner(",", "[", "]");
        boolean deny = false;
        boolean allow = false;
        boolean approvals = false;
        for (int i = 0; i < effects.size(); i++) {
            int effect = effects.get(i);
            boolean condition = holds.get(i);
            rules.add("{\"id\":\"r" + i + "\",\"effect\":" + EFFECTS[effect] + ",\"condition\":\"amount_usd "
                    + (condition ? ">" : "<") + " 1.0\"}");
            deny |= condition && effect == 1;
            allow |= condition && effect == 0;
            approvals |= condition && effect == 3;
        }
        Policy policy = fixtures.policy(rules.toString());

        Decision decision = fixtures.decide(policy, Fixtures.event());

        Verdict expected = deny || !allow ? Verdict.DENY : approvals ? Verdict.ESCALATE : Verdict.ALLOW;
        assertThat(decision.outcome()).isEqualTo(expected);
    }

    /** Flipping any bit of a valid approval signature makes it not count. */
    @Property(tries = 50)
    void tamperedSignature_neverCounts(@ForAll @IntRange(min = 0, max = 511) int bit) {
        Policy policy = fixtures.policy("[]");
        var event = Fixtures.event();
        Instant expiry = Fixtures.NOW.plusSeconds(60);
        byte[] signature = fixtures.keys.get("bob").sign(RequestDigest.of(Fixtures.request(policy, event), 1, expiry));
        signature[bit / 8] ^= (byte) (1 << (bit % 8));
        Fixtures.addApproval(event, "bob", 1, expiry, signature);

        Decision decision = fixtures.decide(policy, event);

        assertThat(decision.approvals()).hasSize(1);
        assertThat(decision.approvals().get(0).counts()).isFalse();
    }
}
