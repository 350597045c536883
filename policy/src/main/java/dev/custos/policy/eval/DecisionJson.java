package dev.custos.policy.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.approval.ApprovalCheck;
import dev.custos.policy.facts.DerivedFacts;
import dev.custos.policy.facts.ValuedTransfer;
import java.util.Locale;

/**
 * The JSON form of a decision: {@code {"decision","required_approvals":[{"group","quorum","approved_by"}],
 * "delay_seconds","reasons","matched_rules","approvals":[{"approver","counts","reason"}],"policy_version","facts":{..},
 * "claim_mismatches":[..],"risk":{"verdict","score","reasons"}}}; {@code facts} is absent for an unknown wallet.
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
        decision.facts().ifPresent(facts -> out.set("facts", facts(facts)));
        ArrayNode mismatches = out.putArray("claim_mismatches");
        decision.claimMismatches().forEach(mismatches::add);
        ObjectNode risk = out.putObject("risk");
        risk.put("verdict", decision.verdict().status().wireName());
        decision.verdict().score().ifPresentOrElse(score -> risk.put("score", score), () -> risk.putNull("score"));
        ArrayNode riskReasons = risk.putArray("reasons");
        decision.verdict().reasons().forEach(riskReasons::add);
        return out;
    }

    /**
     * {@code {"complete","incomplete":[..],"transfers":[{"kind","asset","recipient","amount","usd","own"}],
     * "recipients":[..],"amount_usd","approval_usd","unpriced_assets":[..],"unknown_calldata"}}; amounts are decimal
     * strings (smallest units), USD values plain decimal strings ({@code null} when unpriced).
     */
    public static ObjectNode facts(DerivedFacts facts) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.put("complete", facts.complete());
        ArrayNode incomplete = out.putArray("incomplete");
        facts.incomplete().forEach(incomplete::add);
        ArrayNode transfers = out.putArray("transfers");
        for (ValuedTransfer valued : facts.transfers()) {
            ObjectNode node = transfers.addObject();
            node.put("kind", valued.transfer().kind().name().toLowerCase(Locale.ROOT));
            node.put("asset", valued.transfer().asset());
            node.put("recipient", valued.transfer().recipient());
            node.put("amount", valued.transfer().amount().toString());
            valued.usd().ifPresentOrElse(usd -> node.put("usd", usd.toPlainString()), () -> node.putNull("usd"));
            node.put("own", valued.own());
        }
        ArrayNode recipients = out.putArray("recipients");
        facts.recipients().forEach(recipients::add);
        out.put("amount_usd", facts.amountUsd().toPlainString());
        out.put("approval_usd", facts.approvalUsd().toPlainString());
        ArrayNode unpriced = out.putArray("unpriced_assets");
        facts.unpricedAssets().forEach(unpriced::add);
        out.put("unknown_calldata", facts.unknownCalldata());
        return out;
    }
}
