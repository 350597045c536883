package dev.custos.cli.simulate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.output.JsonLines;
import dev.custos.detect.simulation.ScenarioTruth;

/** A scenario's ground truth as one JSON object. */
final class TruthJson {
    private TruthJson() {}

    static ObjectNode of(ScenarioTruth truth) {
        ObjectNode node = JsonLines.object();
        node.put("type", "scenario_truth");
        node.put("scenario", truth.scenario());
        node.put("modelled_on", truth.modelledOn());
        node.put("start", truth.start().toString());
        node.put("theft_time", truth.theftTime().toString());
        ArrayNode theft = node.putArray("theft_requests");
        truth.theftRequests().forEach(theft::add);
        ArrayNode attack = node.putArray("attack_requests");
        truth.attackRequests().stream().sorted().forEach(attack::add);
        ArrayNode entities = node.putArray("entities");
        truth.entities().stream().sorted().forEach(entities::add);
        node.put("stolen_usd_requested", Math.round(truth.stolenUsd()));
        return node;
    }
}
