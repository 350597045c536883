package dev.custos.policy.eval;

import dev.custos.policy.approval.ApprovalCheck;
import dev.custos.policy.approval.ApprovalVerifier;
import dev.custos.policy.cel.ConditionException;
import dev.custos.policy.model.Effect;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Rule;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.types.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides a signing request. Every rule is evaluated (so the explanation is complete); then, in order of precedence:
 * a frozen wallet, a matching deny rule or a rule that fails to evaluate denies; no matching allow rule denies
 * (default deny); an unmet approval quorum escalates; otherwise the request is allowed after the longest matching
 * delay. The result depends only on the policy, the request, the velocity history and {@code now}.
 */
public final class PolicyEvaluator {
    private PolicyEvaluator() {}

    public static Decision evaluate(Policy policy, SigningRequest request, VelocityTracker velocity, Instant now) {
        Objects.requireNonNull(policy, "policy is null");
        Objects.requireNonNull(request, "request is null");
        Objects.requireNonNull(velocity, "velocity is null");
        Objects.requireNonNull(now, "now is null");
        List<ApprovalCheck> checks = ApprovalVerifier.verify(policy, request, now);
        Set<String> approvers = ApprovalVerifier.counting(checks);
        Map<String, Object> variables = RequestVariables.of(policy, request, velocity, approvers);

        List<MatchedRule> matched = new ArrayList<>();
        List<String> denyReasons = new ArrayList<>();
        List<String> allowReasons = new ArrayList<>();
        Map<String, Integer> quorums = new TreeMap<>();
        long delay = 0;
        if (policy.isFrozen(request.walletId())) {
            denyReasons.add("wallet " + request.walletId() + " is frozen by policy version " + policy.version());
        }
        for (Rule rule : policy.rules()) {
            boolean holds;
            try {
                holds = rule.condition().test(variables);
            } catch (ConditionException e) {
                matched.add(new MatchedRule(rule.id(), "deny", "condition failed to evaluate: " + e.getMessage()));
                denyReasons.add(rule.id() + ": condition failed to evaluate, failing closed: " + e.getMessage());
                continue;
            }
            if (!holds) {
                continue;
            }
            matched.add(new MatchedRule(rule.id(), rule.effect().type(), rule.description()));
            switch (rule.effect()) {
                case Effect.Deny deny -> denyReasons.add(rule.id() + ": " + rule.description());
                case Effect.Allow allow -> allowReasons.add(rule.id() + ": " + rule.description());
                case Effect.RequireApprovals approvals -> {
                    for (String group : approvals.groups()) {
                        quorums.merge(group, approvals.quorum(), Math::max);
                    }
                }
                case Effect.Delay wait -> delay = Math.max(delay, wait.seconds());
            }
        }
        List<ApprovalRequirement> requirements = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : quorums.entrySet()) {
            List<String> members = approvers.stream()
                    .filter(name -> policy.approver(name)
                            .map(a -> a.inGroup(entry.getKey()))
                            .orElse(false))
                    .sorted()
                    .toList();
            requirements.add(new ApprovalRequirement(entry.getKey(), entry.getValue(), members));
        }
        List<String> approvalNotes = checks.stream()
                .filter(check -> !check.counts())
                .map(ApprovalCheck::reason)
                .toList();

        Verdict outcome;
        List<String> reasons = new ArrayList<>();
        if (!denyReasons.isEmpty()) {
            outcome = Verdict.DENY;
            reasons.addAll(denyReasons);
        } else if (allowReasons.isEmpty()) {
            outcome = Verdict.DENY;
            reasons.add("no allow rule matched (default deny)");
        } else if (requirements.stream().anyMatch(r -> !r.isMet())) {
            outcome = Verdict.ESCALATE;
            for (ApprovalRequirement requirement : requirements) {
                if (!requirement.isMet()) {
                    reasons.add("group " + requirement.group() + " must approve: "
                            + requirement.approvedBy().size()
                            + " of " + requirement.quorum() + " valid approvals"
                            + ruleList(matched, requirement.group(), policy));
                }
            }
        } else {
            outcome = Verdict.ALLOW;
            reasons.addAll(allowReasons);
            if (delay > 0) {
                reasons.add("time lock: sign no earlier than " + delay + " seconds after the request");
            }
        }
        reasons.addAll(approvalNotes);
        return new Decision(outcome, requirements, delay, reasons, matched, checks, policy.version());
    }

    private static String ruleList(List<MatchedRule> matched, String group, Policy policy) {
        List<String> ids = new ArrayList<>();
        for (Rule rule : policy.rules()) {
            if (rule.effect() instanceof Effect.RequireApprovals approvals
                    && approvals.groups().contains(group)
                    && matched.stream().anyMatch(m -> m.id().equals(rule.id()))) {
                ids.add(rule.id());
            }
        }
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }
}
