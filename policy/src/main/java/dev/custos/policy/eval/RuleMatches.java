package dev.custos.policy.eval;

import dev.custos.policy.cel.ConditionException;
import dev.custos.policy.model.Effect;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Rule;
import dev.custos.policy.request.SigningRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a policy's rules say about one request, every rule evaluated in policy order: the first step of {@link
 * PolicyEvaluator}.
 *
 * @param matched the rules whose conditions held (and those that failed to evaluate, as deny), in policy order
 * @param denyReasons a frozen wallet, matching deny rules and rules that failed to evaluate
 * @param allowReasons matching allow rules
 * @param quorums per approver group, the largest quorum a matching rule asks
 * @param delaySeconds the longest delay of matching delay rules (0 if none)
 */
record RuleMatches(
        List<MatchedRule> matched,
        List<String> denyReasons,
        List<String> allowReasons,
        Map<String, Integer> quorums,
        long delaySeconds) {

    RuleMatches {
        matched = List.copyOf(Objects.requireNonNull(matched, "matched is null"));
        denyReasons = List.copyOf(Objects.requireNonNull(denyReasons, "denyReasons is null"));
        allowReasons = List.copyOf(Objects.requireNonNull(allowReasons, "allowReasons is null"));
        quorums = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(quorums, "quorums is null")));
        if (delaySeconds < 0) {
            throw new IllegalArgumentException("delaySeconds must not be negative");
        }
    }

    /** Evaluates every rule of {@code policy} on the request's {@code variables}; a failing condition fails closed. */
    static RuleMatches evaluate(Policy policy, SigningRequest request, Map<String, Object> variables) {
        return evaluate(policy, request, variables, List.of());
    }

    /**
     * As {@link #evaluate(Policy, SigningRequest, Map)}, then the built-in rules that always hold (the policy's
     * settings for an unverified verdict and unpriced assets, when they apply).
     */
    static RuleMatches evaluate(
            Policy policy, SigningRequest request, Map<String, Object> variables, List<Rule> builtIn) {
        List<MatchedRule> matched = new ArrayList<>();
        List<String> denyReasons = new ArrayList<>();
        List<String> allowReasons = new ArrayList<>();
        Map<String, Integer> quorums = new TreeMap<>();
        long delay = 0;
        if (policy.isFrozen(request.walletId())) {
            denyReasons.add("wallet " + request.walletId() + " is frozen by policy version " + policy.version());
        }
        List<Rule> rules = new ArrayList<>(policy.rules());
        rules.addAll(builtIn);
        for (Rule rule : rules) {
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
        return new RuleMatches(matched, denyReasons, allowReasons, quorums, delay);
    }
}
