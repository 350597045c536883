package dev.custos.exposure.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.exposure.analysis.ChangePath;
import dev.custos.exposure.analysis.ExposureReport;
import dev.custos.exposure.analysis.Figure;
import dev.custos.exposure.analysis.Finding;
import dev.custos.exposure.analysis.SinglePoint;
import dev.custos.exposure.analysis.WalletExposure;
import dev.custos.exposure.compare.ExposureComparison;
import dev.custos.exposure.compare.FigureChange;
import java.util.List;
import java.util.OptionalInt;

/**
 * Writes reports and comparisons as JSON (docs/PEOPLE.md, "Output"). An unreachable figure is {@code null}: no group
 * of people in the inputs achieves it.
 */
public final class ExposureJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExposureJson() {}

    /** The report, with {@code extraFindings} (such as the floor check's) after the registry's own findings. */
    public static ObjectNode report(ExposureReport report, List<Finding> extraFindings) {
        ObjectNode root = NODES.objectNode();
        root.put("policy_version", report.policyVersion());
        root.put("at", report.at().toString());
        ArrayNode wallets = root.putArray("wallets");
        for (WalletExposure wallet : report.wallets()) {
            ObjectNode node = wallets.addObject();
            node.put("wallet", wallet.wallet());
            ObjectNode examples = NODES.objectNode();
            ObjectNode notes = NODES.objectNode();
            for (String name : WalletExposure.FIGURES) {
                Figure figure = wallet.figure(name);
                putFigure(node, name, figure.people());
                strings(examples.putArray(name), figure.example());
                if (!figure.note().isEmpty()) {
                    notes.put(name, figure.note());
                }
            }
            node.put("time_lock_seconds", wallet.timeLockSeconds());
            node.put("change_path", wallet.changePath());
            node.put("threshold", wallet.threshold());
            strings(node.putArray("nodes"), wallet.nodes());
            strings(
                    node.putArray("single_points_of_failure"),
                    wallet.singlePointsOfFailure().stream()
                            .map(SinglePoint::person)
                            .toList());
            ArrayNode detail = node.putArray("single_points_of_failure_detail");
            for (SinglePoint point : wallet.singlePointsOfFailure()) {
                ObjectNode entry = detail.addObject();
                entry.put("person", point.person());
                strings(entry.putArray("figures"), point.figures());
            }
            ObjectNode requirement = node.putObject("pass_policy_requirement");
            ObjectNode quorums = requirement.putObject("quorums");
            wallet.requirement().quorums().forEach(quorums::put);
            strings(requirement.putArray("rules"), wallet.requirement().rules());
            node.set("examples", examples);
            node.set("notes", notes);
        }
        ArrayNode paths = root.putArray("change_paths");
        for (ChangePath path : report.changePaths()) {
            ObjectNode node = paths.addObject();
            node.put("path", path.path());
            putFigure(node, "people", path.figure().people());
            node.put("time_lock_seconds", path.timeLockSeconds());
            strings(node.putArray("example"), path.figure().example());
            if (!path.figure().note().isEmpty()) {
                node.put("note", path.figure().note());
            }
        }
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(finding -> finding(findings, finding));
        extraFindings.forEach(finding -> finding(findings, finding));
        return root;
    }

    /** The comparison: every figure that moved, and the findings. */
    public static ObjectNode comparison(ExposureComparison comparison) {
        ObjectNode root = NODES.objectNode();
        ArrayNode changes = root.putArray("changes");
        for (FigureChange change : comparison.changes()) {
            ObjectNode node = changes.addObject();
            node.put("wallet", change.wallet());
            node.put("figure", change.figure());
            putFigure(node, "before", change.before());
            putFigure(node, "after", change.after());
            node.put("sentence", change.sentence());
        }
        ArrayNode findings = root.putArray("findings");
        comparison.findings().forEach(finding -> finding(findings, finding));
        return root;
    }

    /** {@code node} as one line of JSON text. */
    public static String line(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void finding(ArrayNode findings, Finding finding) {
        ObjectNode node = findings.addObject();
        node.put("severity", finding.severity().wireName());
        node.put("code", finding.code());
        node.put("subject", finding.subject());
        node.put("message", finding.message());
    }

    private static void putFigure(ObjectNode node, String name, OptionalInt figure) {
        if (figure.isPresent()) {
            node.put(name, figure.getAsInt());
        } else {
            node.putNull(name);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
