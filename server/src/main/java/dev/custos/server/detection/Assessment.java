package dev.custos.server.detection;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.verdict.SignedVerdict;
import java.util.List;

/**
 * What detection said about one signing request: its signed verdict and the alerts the request raised.
 *
 * @param verdict the verdict, signed with the verdict key over the request's digest
 * @param alerts the alerts, as {@code custos replay} prints them
 */
public record Assessment(SignedVerdict verdict, List<ObjectNode> alerts) {
    public Assessment {
        requireNonNull(verdict, "verdict is null");
        alerts = alerts.stream().map(ObjectNode::deepCopy).toList();
    }
}
