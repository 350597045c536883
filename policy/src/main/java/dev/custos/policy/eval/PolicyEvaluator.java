package dev.custos.policy.eval;

import dev.custos.policy.approval.ApprovalCheck;
import dev.custos.policy.approval.ApprovalVerifier;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.cel.Condition;
import dev.custos.policy.cel.ConditionCompiler;
import dev.custos.policy.facts.ClaimCheck;
import dev.custos.policy.facts.DerivedFacts;
import dev.custos.policy.facts.FactsDeriver;
import dev.custos.policy.model.Effect;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Rule;
import dev.custos.policy.model.Wallet;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.simulation.SimulationFacts;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.VerdictCheck;
import dev.custos.policy.verdict.VerdictVerifier;
import dev.custos.types.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides a signing request on facts it derives itself. Every rule is evaluated (so the explanation is complete);
 * then, in order of precedence: an unknown wallet, a frozen wallet, a matching deny rule or a rule that fails to
 * evaluate denies; no matching allow rule denies (default deny); an unmet approval quorum escalates; otherwise the
 * request is allowed after the longest matching delay.
 *
 * <p>The result depends only on the policy (its wallets, allowlist, prices, verdict key and rules), the typed payload,
 * the attached approvals and verdict (both verified here), the evaluator's clock and its velocity state. The caller's
 * claims ({@code custos.tx.to}, {@code amount_usd}, tier, risk score, allowlist dates, {@code @timestamp}, balance) are
 * only compared with the derived facts: a difference raises {@code claim_mismatch}, never a different decision
 * otherwise.
 */
public final class PolicyEvaluator {
    /** Id of the built-in rule that applies the policy's {@code detection.unverified} effect. */
    public static final String UNVERIFIED_VERDICT_RULE = "detection-verdict-unverified";

    /** Id of the built-in rule that applies the policy's {@code prices.unpriced} effect. */
    public static final String UNPRICED_RULE = "prices-unpriced";

    private static final Condition ALWAYS = ConditionCompiler.instance().compile("true");

    private PolicyEvaluator() {}

    /**
     * Decides with no verdict, the interim request digest and a fixed clock at {@code now}: for tests, dry runs and
     * policy test cases. A missing verdict is unverified, never score 0.
     */
    public static Decision evaluate(Policy policy, SigningRequest request, VelocityTracker velocity, Instant now) {
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(now, "now is null");
        return evaluate(
                policy,
                new EvaluationInput(request, Optional.empty(), RequestDigest.of(request, policy)),
                velocity,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    public static Decision evaluate(Policy policy, EvaluationInput input, VelocityTracker velocity, Clock clock) {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(input, "input is null");
        Objects.requireNonNull(velocity, "velocity is null");
        Objects.requireNonNull(clock, "clock is null");
        Instant now = clock.instant();
        VerdictCheck verdict = VerdictVerifier.verify(policy, input.verdict(), input.requestDigest(), now);
        return decide(policy, input.request(), verdict, input.simulation(), velocity, now);
    }

    /**
     * A dry run (policy test cases, shadow evaluation) with the verdict the case states instead of a signed one. The
     * signing path never calls this: it uses {@link #evaluate(Policy, EvaluationInput, VelocityTracker, Clock)}.
     */
    public static Decision dryRun(
            Policy policy, SigningRequest request, VerdictCheck assumed, VelocityTracker velocity, Instant now) {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(assumed, "assumed is null");
        Objects.requireNonNull(velocity, "velocity is null");
        Objects.requireNonNull(now, "now is null");
        return decide(policy, request, assumed, SimulationFacts.unavailable(), velocity, now);
    }

    private static Decision decide(
            Policy policy,
            SigningRequest request,
            VerdictCheck verdict,
            SimulationFacts simulation,
            VelocityTracker velocity,
            Instant now) {
        List<ApprovalCheck> checks = ApprovalVerifier.verify(policy, request, now);
        Optional<Wallet> wallet = policy.wallet(request.walletId());
        if (wallet.isEmpty()) {
            return unknownWallet(policy, request, checks, verdict);
        }
        DerivedFacts facts = FactsDeriver.derive(policy, wallet.get(), request.payload());
        List<String> mismatches = ClaimCheck.mismatches(policy, wallet.get(), request, facts, verdict, now);
        Set<String> approvers = ApprovalVerifier.counting(checks);
        Map<String, Object> variables = RequestVariables.of(
                policy, wallet.get(), request, facts, verdict, mismatches, velocity, approvers, now);
        variables.putAll(SimulationVariables.of(policy, wallet.get(), simulation));
        List<Rule> builtIn = builtIn(policy, facts, verdict);
        RuleMatches matches = RuleMatches.evaluate(policy, request, variables, builtIn);
        List<ApprovalRequirement> requirements = requirements(policy, matches, approvers);
        Verdict outcome = outcome(matches, requirements);
        List<Rule> allRules = new ArrayList<>(policy.rules());
        allRules.addAll(builtIn);
        List<String> reasons = reasons(outcome, allRules, matches, requirements);
        mismatches.forEach(mismatch -> reasons.add(RequestVariables.CLAIM_MISMATCH + ": " + mismatch));
        if (!verdict.verified()) {
            reasons.add("detection verdict " + verdict.status().wireName() + ": " + verdict.explanation());
        }
        reasons.addAll(notCounted(checks));
        return new Decision(
                outcome,
                requirements,
                matches.delaySeconds(),
                reasons,
                matches.matched(),
                checks,
                policy.version(),
                Optional.of(facts),
                mismatches,
                verdict);
    }

    /** What this request spends once signed, for the evaluator's own {@link VelocityTracker}: derived, never claimed. */
    public static Optional<PastRequest> spent(SigningRequest request, Decision decision, Instant now) {
        return decision.facts().map(facts -> RequestVariables.spent(request.walletId(), request, facts, now));
    }

    private static Decision unknownWallet(
            Policy policy, SigningRequest request, List<ApprovalCheck> checks, VerdictCheck verdict) {
        List<String> reasons = new ArrayList<>();
        reasons.add("unknown wallet '" + request.walletId() + "': policy version " + policy.version()
                + " declares no such wallet, so its tier and own keys are unknown");
        reasons.addAll(notCounted(checks));
        return new Decision(
                Verdict.DENY,
                List.of(),
                0,
                reasons,
                List.of(),
                checks,
                policy.version(),
                Optional.empty(),
                List.of(),
                verdict);
    }

    private static List<Rule> builtIn(Policy policy, DerivedFacts facts, VerdictCheck verdict) {
        List<Rule> rules = new ArrayList<>();
        if (!verdict.verified()) {
            rules.add(new Rule(
                    UNVERIFIED_VERDICT_RULE,
                    "no verified detection verdict (" + verdict.status().wireName() + ")",
                    policy.detection().unverified(),
                    ALWAYS));
        }
        if (facts.unpriced()) {
            rules.add(new Rule(
                    UNPRICED_RULE,
                    "the price table has no price for " + String.join(", ", facts.unpricedAssets()),
                    policy.prices().unpriced(),
                    ALWAYS));
        }
        return rules;
    }

    /** Per group asked by a matching rule: its quorum and the counting approvers who belong to it, sorted. */
    private static List<ApprovalRequirement> requirements(Policy policy, RuleMatches matches, Set<String> approvers) {
        List<ApprovalRequirement> requirements = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : matches.quorums().entrySet()) {
            List<String> members = approvers.stream()
                    .filter(name -> policy.approver(name)
                            .map(a -> a.inGroup(entry.getKey()))
                            .orElse(false))
                    .sorted()
                    .toList();
            requirements.add(new ApprovalRequirement(entry.getKey(), entry.getValue(), members));
        }
        return requirements;
    }

    /** The precedence: deny reasons, then default deny, then unmet quorums, then allow. */
    private static Verdict outcome(RuleMatches matches, List<ApprovalRequirement> requirements) {
        if (!matches.denyReasons().isEmpty() || matches.allowReasons().isEmpty()) {
            return Verdict.DENY;
        }
        if (requirements.stream().anyMatch(requirement -> !requirement.isMet())) {
            return Verdict.ESCALATE;
        }
        return Verdict.ALLOW;
    }

    /** The reasons for {@code outcome}: deny reasons first, the unmet quorums, or the allow rules and the time lock. */
    private static List<String> reasons(
            Verdict outcome, List<Rule> rules, RuleMatches matches, List<ApprovalRequirement> requirements) {
        List<String> reasons = new ArrayList<>();
        switch (outcome) {
            case DENY -> {
                if (matches.denyReasons().isEmpty()) {
                    reasons.add("no allow rule matched (default deny)");
                } else {
                    reasons.addAll(matches.denyReasons());
                }
            }
            case ESCALATE -> {
                for (ApprovalRequirement requirement : requirements) {
                    if (!requirement.isMet()) {
                        reasons.add("group " + requirement.group() + " must approve: "
                                + requirement.approvedBy().size()
                                + " of " + requirement.quorum() + " valid approvals"
                                + ruleList(matches.matched(), requirement.group(), rules));
                    }
                }
            }
            case ALLOW -> {
                reasons.addAll(matches.allowReasons());
                if (matches.delaySeconds() > 0) {
                    reasons.add(
                            "time lock: sign no earlier than " + matches.delaySeconds() + " seconds after the request");
                }
            }
        }
        return reasons;
    }

    /** Why the approvals that do not count do not. */
    private static List<String> notCounted(List<ApprovalCheck> checks) {
        return checks.stream()
                .filter(check -> !check.counts())
                .map(ApprovalCheck::reason)
                .toList();
    }

    private static String ruleList(List<MatchedRule> matched, String group, List<Rule> rules) {
        List<String> ids = new ArrayList<>();
        for (Rule rule : rules) {
            if (rule.effect() instanceof Effect.RequireApprovals approvals
                    && approvals.groups().contains(group)
                    && matched.stream().anyMatch(m -> m.id().equals(rule.id()))) {
                ids.add(rule.id());
            }
        }
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }
}
