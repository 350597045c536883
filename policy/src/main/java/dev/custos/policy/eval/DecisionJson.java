package dev.custos.policy.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.approval.ApprovalCheck;

/**
 * The JSON form of a decision: {@code {"decision","required_approvals":[{"group","quorum","approved_by"}],
 * "delay_seconds","reasons","matched_rules","approvals":[{"approver","counts","reason"}],"policy_version"}}.
 */
public final class DecisionJson {
    private DecisionJson() {}

    public static ObjectNode toJson(Decision decision) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("decision", decision.outcome().wireName());
        ArrayNode required = out.putArray("required_approvals");
        for (ApprovalRequirement requirement : decision.requiredApprovals()) {
            ObjectNode node = required.addObject();
            node.put("group", requirement.group());
            node.put("quorum", requirement.quorum());
            ArrayNode by = node.putArray("approved_by");
            requirement.approvedBy().forEach(by::add);
        }
        out.put("delay_seconds", decision.delaySeconds());
        ArrayNode reasons = out.putArray("reasons");
        decision.reasons().forEach(reasons::add);
        ArrayNode matched = out.putArray("matched_rules");
        decision.matchedRuleIds().forEach(matched::add);
        ArrayNode approvals = out.putArray("approvals");
        for (ApprovalCheck check : decision.approvals()) {
            ObjectNode node = approvals.addObject();
            node.put("approver", check.approver());
            node.put("counts", check.counts());
            node.put("reason", check.reason());
        }
        out.put("policy_version", decision.policyVersion());
        return out;
    }
}
