package dev.custos.cli.policy;

import dev.custos.policy.eval.ApprovalRequirement;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.MatchedRule;
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
