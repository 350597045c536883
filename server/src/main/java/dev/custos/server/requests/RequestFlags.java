package dev.custos.server.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.custos.server.ethereum.SimulationJson;
import java.util.TreeSet;

/**
 * A request's {@code flags}: those the decoder raised from the bytes ({@code intent.flags}) and those the simulation
 * raised from what the transaction would do ({@code simulation.flags}, such as {@code implementation_change} for a
 * "transfer" that rewrites a Safe's singleton), sorted. Display only: the policy reads the decoder's as {@code flags}
 * and the simulation's as {@code sim.flags}.
 */
final class RequestFlags {
    private RequestFlags() {}

    static ArrayNode of(JsonNode document) {
        TreeSet<String> flags = new TreeSet<>();
        document.path("intent").path("flags").forEach(flag -> flags.add(flag.asText()));
        flags.addAll(SimulationJson.flags(document.get("simulation")));
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        flags.forEach(array::add);
        return array;
    }
}
