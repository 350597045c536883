package dev.custos.policy.eval;

import dev.custos.policy.approval.ApprovalCheck;
import dev.custos.policy.approval.ApprovalVerifier;
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

/**
 * Decides a signing request. Every rule is evaluated (so the explanation is complete); then, in order of precedence:
 * a frozen wallet, a matching deny rule or a rule that fails to evaluate denies; no matching allow rule denies
 * (default deny); an unmet approval quorum escalates; otherwise the request is allowed after the longest matching
 * delay. The result depends only on the policy, the request, the velocity history and {@code now}.
 *
 * <p>The steps: verify the attached approvals; compute the request's variables; evaluate the rules ({@link
 * RuleMatches}); list the approvals the matching rules require; apply the precedence; explain.
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
        RuleMatches matches = RuleMatches.evaluate(policy, request, variables);
        List<ApprovalRequirement> requirements = requirements(policy, matches, approvers);
        Verdict outcome = outcome(matches, requirements);
        List<String> reasons = reasons(outcome, policy, matches, requirements);
        reasons.addAll(notCounted(checks));
        return new Decision(
                outcome, requirements, matches.delaySeconds(), reasons, matches.matched(), checks, policy.version());
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
            Verdict outcome, Policy policy, RuleMatches matches, List<ApprovalRequirement> requirements) {
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
                                + ruleList(matches.matched(), requirement.group(), policy));
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
