package dev.custos.policy.eval;

import dev.custos.policy.approval.ApprovalCheck;
import dev.custos.policy.facts.DerivedFacts;
import dev.custos.policy.verdict.VerdictCheck;
import dev.custos.types.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of evaluating a request, with its explanation.
 *
 * @param outcome allow, escalate or deny
 * @param requiredApprovals approvals asked by matching rules, per group
 * @param delaySeconds the longest delay of matching delay rules (0 if none)
 * @param reasons plain-language reasons, deny reasons first
 * @param matchedRules the rules whose conditions held, in policy order
 * @param approvals the verdict on each attached approval
 * @param policyVersion the version of the policy that decided
 * @param facts the facts derived from the payload and the policy (empty when the wallet is unknown)
 * @param claimMismatches where the caller's claims differ from the derived facts
 * @param verdict the detection verdict's status ({@code verified}, {@code missing}, ...) and what it means
 */
public record Decision(
        Verdict outcome,
        List<ApprovalRequirement> requiredApprovals,
        long delaySeconds,
        List<String> reasons,
        List<MatchedRule> matchedRules,
        List<ApprovalCheck> approvals,
        long policyVersion,
        Optional<DerivedFacts> facts,
        List<String> claimMismatches,
        VerdictCheck verdict) {

    public Decision {
        Objects.requireNonNull(facts, "facts is null");
        Objects.requireNonNull(verdict, "verdict is null");
        claimMismatches = List.copyOf(Objects.requireNonNull(claimMismatches, "claimMismatches is null"));
        Objects.requireNonNull(outcome, "outcome is null");
        requiredApprovals = List.copyOf(Objects.requireNonNull(requiredApprovals, "requiredApprovals is null"));
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons is null"));
        matchedRules = List.copyOf(Objects.requireNonNull(matchedRules, "matchedRules is null"));
        approvals = List.copyOf(Objects.requireNonNull(approvals, "approvals is null"));
        if (delaySeconds < 0) {
            throw new IllegalArgumentException("delaySeconds must not be negative");
        }
    }

    public List<String> matchedRuleIds() {
        return matchedRules.stream().map(MatchedRule::id).toList();
    }
}
