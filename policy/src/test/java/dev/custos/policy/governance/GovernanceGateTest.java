package dev.custos.policy.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GovernanceGateTest {
    private static final String RULES =
            "[{\"id\":\"allow-active\",\"effect\":\"allow\"," + "\"condition\":\"destination.active\"}]";
    private static final Instant PROPOSED = Instant.parse("2026-03-02T12:00:00Z");

    private final Fixtures fixtures = new Fixtures();
    private final Policy current = PolicyParser.parse(fixtures.document(1, RULES));

    private ObjectNode candidateDocument() {
        return fixtures.document(2, RULES);
    }

    private PolicyChange change(Policy candidate, String... admins) {
        PolicyChange unsigned = new PolicyChange(current, candidate, PROPOSED, List.of());
        List<ChangeApproval> approvals = new ArrayList<>();
        for (String admin : admins) {
            approvals.add(new ChangeApproval(admin, fixtures.keys.get(admin).sign(unsigned.digest())));
        }
        return new PolicyChange(current, candidate, PROPOSED, approvals);
    }

    private Policy withDenyRule() {
        ObjectNode document = candidateDocument();
        ((ArrayNode) document.get("rules"))
                .addObject()
                .put("id", "no-weekends")
                .put("effect", "deny")
                .put("condition", "time.weekday >= 6");
        return PolicyParser.parse(document);
    }

    private Policy loosened() {
        ObjectNode document = candidateDocument();
        ((ArrayNode) document.get("rules"))
                .addObject()
                .put("id", "allow-everything")
                .put("effect", "allow")
                .put("condition", "true");
        return PolicyParser.parse(document);
    }

    @Test
    void singleAdmin_addingDenyRule_acceptedAtOnce() {
        ChangeDecision decision = GovernanceGate.review(change(withDenyRule(), "frank"), PROPOSED);

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.ACCEPTED);
        assertThat(decision.stricterOnly()).isTrue();
        assertThat(decision.effectiveAt()).isEqualTo(PROPOSED);
    }

    @Test
    void singleAdmin_freezingWallet_accepted() {
        ObjectNode document = candidateDocument();
        document.putArray("frozen_wallets").add("w-1");

        ChangeDecision decision = GovernanceGate.review(change(PolicyParser.parse(document), "frank"), PROPOSED);

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.ACCEPTED);
    }

    @Test
    void singleAdmin_addingAllowRule_refused() {
        ChangeDecision decision = GovernanceGate.review(change(loosened(), "frank"), PROPOSED.plusSeconds(999_999));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.stricterOnly()).isFalse();
        assertThat(decision.reasons()).anyMatch(reason -> reason.contains("'allow-everything' is not a deny rule"));
        assertThat(decision.reasons()).anyMatch(reason -> reason.contains("needs 2 admin approvals, has 1"));
    }

    @Test
    void singleAdmin_removingRule_refused() {
        ChangeDecision decision = GovernanceGate.review(
                change(PolicyParser.parse(fixtures.document(2, "[]")), "frank"), PROPOSED.plusSeconds(999_999));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.reasons()).anyMatch(reason -> reason.contains("rule 'allow-active' removed"));
    }

    @Test
    void singleAdmin_changingCoolDown_refused() {
        ObjectNode document = candidateDocument();
        document.put("destination_cooldown_seconds", 60);

        ChangeDecision decision = GovernanceGate.review(change(PolicyParser.parse(document), "frank"), PROPOSED);

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
    }

    @Test
    void quorum_loosening_pendingDuringTimeLock_acceptedAfter() {
        PolicyChange change = change(loosened(), "frank", "grace");

        ChangeDecision during = GovernanceGate.review(change, PROPOSED.plusSeconds(3599));
        ChangeDecision after = GovernanceGate.review(change, PROPOSED.plusSeconds(3600));

        assertThat(during.status()).isEqualTo(ChangeDecision.Status.PENDING_TIME_LOCK);
        assertThat(during.effectiveAt()).isEqualTo(PROPOSED.plusSeconds(3600));
        assertThat(after.status()).isEqualTo(ChangeDecision.Status.ACCEPTED);
    }

    @Test
    void noApprovals_refusedEvenIfStricter() {
        ChangeDecision decision = GovernanceGate.review(change(withDenyRule()), PROPOSED);

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
    }

    @Test
    void sameAdminTwice_countsOnce() {
        ChangeDecision decision =
                GovernanceGate.review(change(loosened(), "frank", "frank"), PROPOSED.plusSeconds(999_999));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.reasons()).contains("duplicate approval by frank");
    }

    @Test
    void nonAdminApprover_doesNotCount() {
        ChangeDecision decision =
                GovernanceGate.review(change(loosened(), "frank", "bob"), PROPOSED.plusSeconds(999_999));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.reasons()).contains("bob is not an admin of policy version 1");
    }

    @Test
    void signatureOverOtherCandidate_doesNotCount() {
        PolicyChange forOther = change(withDenyRule(), "grace");
        PolicyChange signed = change(loosened(), "frank");
        List<ChangeApproval> approvals = new ArrayList<>(signed.approvals());
        approvals.addAll(forOther.approvals());
        PolicyChange mixed = new PolicyChange(current, loosened(), PROPOSED, approvals);

        ChangeDecision decision = GovernanceGate.review(mixed, PROPOSED.plusSeconds(999_999));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.reasons()).contains("signature by grace does not verify for this change");
    }

    @Test
    void versionNotIncrementedByOne_refused() {
        Policy skipped = PolicyParser.parse(fixtures.document(3, RULES));

        ChangeDecision decision = GovernanceGate.review(change(skipped, "frank", "grace"), PROPOSED.plusSeconds(9999));

        assertThat(decision.status()).isEqualTo(ChangeDecision.Status.REFUSED);
        assertThat(decision.reasons().get(0)).contains("must be 2");
    }
}
