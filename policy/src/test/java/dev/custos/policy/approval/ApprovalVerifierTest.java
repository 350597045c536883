package dev.custos.policy.approval;

import static dev.custos.policy.Fixtures.NOW;
import static dev.custos.policy.Fixtures.event;
import static dev.custos.policy.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.Fixtures;
import dev.custos.policy.Payloads;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.types.Verdict;
import java.math.BigInteger;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApprovalVerifierTest {
    private static final String RULES = "[{\"id\":\"allow-all\",\"effect\":\"allow\",\"condition\":\"true\"},"
            + "{\"id\":\"two-treasury\",\"effect\":{\"require_approvals\":{\"groups\":[\"treasury\"],\"quorum\":2}},"
            + "\"condition\":\"true\"}]";
    private static final Instant EXPIRY = NOW.plusSeconds(600);

    private final Fixtures fixtures = new Fixtures();
    private final Policy policy = fixtures.policy(RULES);

    private Decision decide(ObjectNode event) {
        return fixtures.decide(policy, event);
    }

    @Test
    void quorumOfValidApprovals_allows() {
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        fixtures.approve(event, policy, "carol", 1, EXPIRY);

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.requiredApprovals().get(0).approvedBy()).containsExactly("bob", "carol");
    }

    @Test
    void oneApprovalShort_escalates() {
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);

        assertThat(decide(event).outcome()).isEqualTo(Verdict.ESCALATE);
    }

    @Test
    void initiatorApprovingOwnRequest_doesNotCount() {
        ObjectNode event = event();
        fixtures.approve(event, policy, "alice", 1, EXPIRY);
        fixtures.approve(event, policy, "bob", 1, EXPIRY);

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons()).anyMatch(reason -> reason.contains("alice initiated the request"));
    }

    @Test
    void duplicateApprover_countsOnce() {
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        fixtures.approve(event, policy, "bob", 1, EXPIRY.plusSeconds(1));

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons()).contains("duplicate approval by bob");
    }

    @Test
    void approvalSignedForAnotherRequestId_doesNotCount() {
        ObjectNode other = event();
        other.put("custos.request.id", "req-2");
        SigningRequest otherRequest = request(policy, other);
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        Fixtures.addApproval(
                event, "carol", 1, EXPIRY, fixtures.keys.get("carol").sign(RequestDigest.of(otherRequest, 1, EXPIRY)));

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons())
                .contains("signature by carol does not verify for this request, payload and" + " policy version");
    }

    @Test
    void approvalReplayedOnDifferentAmount_doesNotCount() {
        ObjectNode approved = event();
        fixtures.approve(approved, policy, "bob", 1, EXPIRY);
        fixtures.approve(approved, policy, "carol", 1, EXPIRY);
        ObjectNode tampered = event();
        tampered.put("custos.tx.raw", Payloads.eip1559(Fixtures.DESTINATION, BigInteger.TEN.pow(21), new byte[0]));
        tampered.set("custos.approvals", approved.get("custos.approvals"));

        assertThat(decide(approved).outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(decide(tampered).outcome()).isEqualTo(Verdict.ESCALATE);
    }

    @Test
    void approvalSignedWithWrongKey_doesNotCount() {
        SigningRequest request = request(policy, event());
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        Fixtures.addApproval(
                event, "carol", 1, EXPIRY, fixtures.keys.get("dave").sign(RequestDigest.of(request, 1, EXPIRY)));

        assertThat(decide(event).outcome()).isEqualTo(Verdict.ESCALATE);
    }

    @Test
    void approvalForOtherPolicyVersion_doesNotCount() {
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        fixtures.approve(event, policy, "carol", 2, EXPIRY);

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons()).contains("approval by carol is for policy version 2, the active version is 1");
    }

    @Test
    void approvalSignedUnderOldPolicy_doesNotCountUnderNewVersion() {
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        fixtures.approve(event, policy, "carol", 1, EXPIRY);
        Policy next = PolicyParser.parse(fixtures.document(2, RULES));

        Decision decision = fixtures.decide(next, event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
    }

    @Test
    void expiredApproval_doesNotCount() {
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        fixtures.approve(event, policy, "carol", 1, NOW);

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons()).anyMatch(reason -> reason.contains("carol expired"));
    }

    @Test
    void unknownApprover_doesNotCount() {
        SigningRequest request = request(policy, event());
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        Fixtures.addApproval(
                event, "mallory", 1, EXPIRY, fixtures.keys.get("carol").sign(RequestDigest.of(request, 1, EXPIRY)));

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons()).contains("approval by unknown approver mallory");
    }

    @Test
    void approverOutsideGroup_doesNotFillGroupQuorum() {
        ObjectNode event = event();
        fixtures.approve(event, policy, "bob", 1, EXPIRY);
        fixtures.approve(event, policy, "erin", 1, EXPIRY);

        assertThat(decide(event).outcome()).isEqualTo(Verdict.ESCALATE);
    }

    @Test
    void unsignedApproverNames_doNotCount() {
        ObjectNode event = event();
        event.putArray("custos.approvals").add("bob").add("carol");

        Decision decision = decide(event);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons()).contains("approval by bob is not signed; it does not count");
    }

    @Test
    void digest_changesWithEveryField() {
        SigningRequest request = request(policy, event());
        byte[] base = RequestDigest.of(request, 1, EXPIRY);
        ObjectNode otherId = event();
        otherId.put("custos.request.id", "req-9");

        assertThat(RequestDigest.of(request, 2, EXPIRY)).isNotEqualTo(base);
        assertThat(RequestDigest.of(request, 1, EXPIRY.plusSeconds(1))).isNotEqualTo(base);
        assertThat(RequestDigest.of(request(policy, otherId), 1, EXPIRY)).isNotEqualTo(base);
        assertThat(RequestDigest.of(request, 1, EXPIRY)).isEqualTo(base);
    }

    @Test
    void digest_bindsThePayload_notTheClaims() {
        SigningRequest request = request(policy, event());
        ObjectNode otherPayload = event();
        otherPayload.put(
                "custos.tx.raw", Payloads.eip1559("0x" + "66".repeat(20), BigInteger.TEN.pow(18), new byte[0]));
        ObjectNode otherClaims = event();
        otherClaims.put("custos.tx.to", "0x" + "66".repeat(20));
        otherClaims.put("custos.tx.amount_usd", 5.0);

        assertThat(RequestDigest.of(request(policy, otherPayload), 1, EXPIRY))
                .isNotEqualTo(RequestDigest.of(request, 1, EXPIRY));
        assertThat(RequestDigest.of(request(policy, otherClaims), 1, EXPIRY))
                .isEqualTo(RequestDigest.of(request, 1, EXPIRY));
    }

    @Test
    void approvalOfOnePayload_doesNotCountForAnother() {
        ObjectNode approved = event();
        fixtures.approve(approved, policy, "bob", 1, EXPIRY);
        fixtures.approve(approved, policy, "carol", 1, EXPIRY);
        ObjectNode swapped = approved.deepCopy();
        swapped.put("custos.tx.raw", Payloads.eip1559("0x" + "66".repeat(20), BigInteger.TEN.pow(18), new byte[0]));

        Decision decision = decide(swapped);

        assertThat(decide(approved).outcome()).isEqualTo(Verdict.ALLOW);
        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons())
                .contains("signature by bob does not verify for this request, payload and policy version");
    }

    @Test
    void requestWithoutPayload_hasNothingToApprove() {
        ObjectNode approved = event();
        fixtures.approve(approved, policy, "bob", 1, EXPIRY);
        approved.remove("custos.tx.raw");

        Decision decision = decide(approved);

        assertThat(decision.outcome()).isEqualTo(Verdict.ESCALATE);
        assertThat(decision.reasons())
                .contains("approval by bob does not count: the request carries no payload to approve");
    }
}
