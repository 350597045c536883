package dev.custos.exposure.powers;

import dev.custos.exposure.ExposureInputException;
import dev.custos.policy.model.Approver;
import dev.custos.policy.model.Effect;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.Rule;
import dev.custos.policy.model.Wallet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the powers out of a policy document.
 *
 * <p>Rule conditions are CEL over facts of a particular request, so which rules an attacker's transfer matches cannot
 * be known from the document alone. The requirement counted is that of a transfer matching <em>every</em> approval
 * rule, including the built-in ones for an unverified detection verdict and an unpriced asset: a large, unusual
 * outflow. An attacker who can keep a rule from matching (a low risk score, a priced asset) needs fewer people;
 * {@code quietRules} names the rules to leave out, to see that figure (docs/PEOPLE.md, "What it cannot see").
 */
public final class PolicyReading {
    /** The id of the built-in rule for a request without a verified detection verdict. */
    public static final String UNVERIFIED_RULE = "detection-verdict-unverified";

    /** The id of the built-in rule for a request moving an asset without a price. */
    public static final String UNPRICED_RULE = "prices-unpriced";

    private PolicyReading() {}

    /** The powers of {@code policy}, counting every approval rule except those in {@code quietRules}. */
    public static PolicyPowers read(Policy policy, Set<String> quietRules) {
        for (String quiet : quietRules) {
            boolean known = quiet.equals(UNVERIFIED_RULE)
                    || quiet.equals(UNPRICED_RULE)
                    || policy.rules().stream().anyMatch(rule -> rule.id().equals(quiet));
            if (!known) {
                throw new ExposureInputException(
                        "quiet rule '" + quiet + "': policy version " + policy.version() + " has no rule with that id");
            }
        }
        List<ApproverPower> approvers = new ArrayList<>();
        Map<String, String> credentials = SharedCredentials.labels(policy.approvers());
        for (Approver approver : policy.approvers()) {
            approvers.add(new ApproverPower(
                    approver.name(), credentials.getOrDefault(approver.name(), approver.name()), approver.groups()));
        }
        Map<String, Integer> quorums = new TreeMap<>();
        List<String> counted = new ArrayList<>();
        boolean allows = false;
        for (Rule rule : policy.rules()) {
            allows |= rule.effect() instanceof Effect.Allow;
            if (!quietRules.contains(rule.id()) && count(rule.effect(), quorums)) {
                counted.add(rule.id());
            }
        }
        if (!quietRules.contains(UNVERIFIED_RULE) && count(policy.detection().unverified(), quorums)) {
            counted.add(UNVERIFIED_RULE);
        }
        if (!quietRules.contains(UNPRICED_RULE) && count(policy.prices().unpriced(), quorums)) {
            counted.add(UNPRICED_RULE);
        }
        List<TransferRequirement> transfers = new ArrayList<>();
        for (Wallet wallet : policy.wallets()) {
            if (policy.isFrozen(wallet.id())) {
                transfers.add(TransferRequirement.impossible(wallet.id(), "the wallet is frozen"));
            } else if (!allows) {
                transfers.add(TransferRequirement.impossible(wallet.id(), "no rule allows a transfer"));
            } else {
                transfers.add(new TransferRequirement(wallet.id(), true, "", quorums, counted));
            }
        }
        return new PolicyPowers(
                policy.version(),
                approvers,
                policy.governance().adminQuorum(),
                policy.governance().timelockSeconds(),
                transfers);
    }

    private static boolean count(Effect effect, Map<String, Integer> quorums) {
        if (effect instanceof Effect.RequireApprovals approvals) {
            for (String group : approvals.groups()) {
                quorums.merge(group, approvals.quorum(), Math::max);
            }
            return true;
        }
        return false;
    }
}
