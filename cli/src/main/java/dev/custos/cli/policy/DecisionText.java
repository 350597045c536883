package dev.custos.cli.policy;

import dev.custos.policy.eval.ApprovalRequirement;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.MatchedRule;
import dev.custos.policy.facts.ValuedTransfer;
import dev.custos.policy.request.SigningRequest;
import java.util.Locale;

/** The readable form of a decision. */
final class DecisionText {
    private DecisionText() {}

    static String render(SigningRequest request, Decision decision) {
        StringBuilder out = new StringBuilder();
        out.append("request ")
                .append(request.id())
                .append(": ")
                .append(decision.outcome().wireName().toUpperCase(Locale.ROOT))
                .append(" (policy version ")
                .append(decision.policyVersion())
                .append(")\n");
        request.intent()
                .ifPresent(intent ->
                        out.append("intent: ").append(intent.summary()).append('\n'));
        decision.facts().ifPresent(facts -> {
            out.append("derived facts")
                    .append(facts.complete() ? "" : " (INCOMPLETE)")
                    .append(": ")
                    .append(facts.amountUsd().toPlainString())
                    .append(" USD out")
                    .append(facts.unpriced() ? ", unpriced: " + String.join(", ", facts.unpricedAssets()) : "")
                    .append('\n');
            for (ValuedTransfer valued : facts.transfers()) {
                out.append("  - ")
                        .append(valued.transfer().kind().name().toLowerCase(Locale.ROOT))
                        .append(' ')
                        .append(valued.transfer().amount())
                        .append(' ')
                        .append(valued.transfer().asset())
                        .append(" to ")
                        .append(valued.transfer().recipient())
                        .append(valued.own() ? " (own)" : "")
                        .append(valued.usd()
                                .map(usd -> " = " + usd.toPlainString() + " USD")
                                .orElse(""))
                        .append('\n');
            }
            facts.incomplete()
                    .forEach(reason ->
                            out.append("  incomplete: ").append(reason).append('\n'));
        });
        out.append("risk verdict: ")
                .append(decision.verdict().status().wireName())
                .append(decision.verdict()
                        .score()
                        .map(score -> " (score " + score + ")")
                        .orElse(""))
                .append('\n');
        if (!decision.claimMismatches().isEmpty()) {
            out.append("claims that differ from the derived facts (not used for the decision):\n");
            decision.claimMismatches().forEach(m -> out.append("  - ").append(m).append('\n'));
        }
        out.append("reasons:\n");
        decision.reasons().forEach(reason -> out.append("  - ").append(reason).append('\n'));
        if (!decision.requiredApprovals().isEmpty()) {
            out.append("required approvals:\n");
            for (ApprovalRequirement requirement : decision.requiredApprovals()) {
                out.append("  - ")
                        .append(requirement.group())
                        .append(": ")
                        .append(requirement.approvedBy().size())
                        .append(" of ")
                        .append(requirement.quorum())
                        .append(requirement.approvedBy().isEmpty() ? "" : " " + requirement.approvedBy())
                        .append('\n');
            }
        }
        if (decision.delaySeconds() > 0) {
            out.append("delay: ").append(decision.delaySeconds()).append(" s\n");
        }
        out.append("matched rules:");
        if (decision.matchedRules().isEmpty()) {
            out.append(" none");
        }
        out.append('\n');
        for (MatchedRule rule : decision.matchedRules()) {
            out.append("  - ")
                    .append(rule.id())
                    .append(" (")
                    .append(rule.effect())
                    .append(")\n");
        }
        return out.toString();
    }
}
