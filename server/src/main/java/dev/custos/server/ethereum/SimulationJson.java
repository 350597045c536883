package dev.custos.server.ethereum;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.rpc.BlockHeader;
import dev.custos.chain.simulation.BalanceChange;
import dev.custos.chain.simulation.EventLog;
import dev.custos.chain.simulation.WalletSimulation;
import dev.custos.chain.simulation.WalletStorageChange;
import dev.custos.policy.simulation.SimulationFacts;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request's {@code simulation} as the API shows it and the server keeps it (docs/SERVER.md, "Simulation"), and the
 * {@link SimulationFacts} the server's own policy evaluation reads from it. {@code status} is {@code simulated},
 * {@code unavailable} (the node failed or the request cannot be simulated; {@code message} says why) or {@code
 * not_configured} (no node).
 */
public final class SimulationJson {
    /** What a simulation cannot promise, shown with every one. */
    public static final String CAVEAT = "A simulation runs against the node's state at one block: the state can change"
            + " before the transaction executes (other transactions, a reorganisation, time-dependent contracts). It"
            + " informs approvers and the server's policy; the signer nodes still enforce on the decoded bytes.";

    /** Events kept per simulation; more are counted, not kept. */
    static final int MAX_EVENTS = 100;

    private SimulationJson() {}

    static ObjectNode notConfigured(String at) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("status", "not_configured");
        result.put("message", "no Ethereum node is configured (ethereum.rpc-url): this request was not simulated");
        result.put("simulated_at", at);
        result.put("caveat", CAVEAT);
        return result;
    }

    static ObjectNode unavailable(String at, String node, String message) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("status", "unavailable");
        result.put("message", "simulation unavailable: " + message);
        result.put("node", node);
        result.put("simulated_at", at);
        result.put("caveat", CAVEAT);
        return result;
    }

    static ObjectNode simulated(
            String method,
            BlockHeader block,
            Address wallet,
            WalletSimulation simulation,
            List<EventLog> events,
            boolean reverted) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("status", "simulated");
        result.put("method", method);
        ObjectNode at = result.putObject("block");
        at.put("number", block.number());
        at.put("hash", block.hash().toHex());
        result.put("wallet", wallet.toString());
        result.put("reverted", reverted);
        ArrayNode changes = result.putArray("balance_changes");
        for (BalanceChange change : simulation.balanceChanges()) {
            changes.addObject()
                    .put("holder", change.holder().toString())
                    .put("asset", asset(change))
                    .put("delta", change.delta().toString());
        }
        ArrayNode outflows = result.putArray("outflows");
        for (BalanceChange outflow : simulation.outflows()) {
            outflows.addObject()
                    .put("asset", asset(outflow))
                    .put("amount", outflow.delta().negate().toString());
        }
        result.put("wallet_storage_changed", simulation.walletStorageChanged());
        ArrayNode storage = result.putArray("wallet_storage_changes");
        for (WalletStorageChange change : simulation.changes()) {
            storage.addObject()
                    .put("slot", word(change.slot()))
                    .put("value", word(change.value()))
                    .put("meaning", change.meaning().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode flags = result.putArray("flags");
        simulation.flags().stream().map(Flag::wireName).sorted().forEach(flags::add);
        ArrayNode logs = result.putArray("events");
        for (EventLog event : events.subList(0, Math.min(events.size(), MAX_EVENTS))) {
            ObjectNode log = logs.addObject();
            log.put("emitter", event.emitter().toString());
            ArrayNode topics = log.putArray("topics");
            event.topics().forEach(topic -> topics.add(word(topic)));
            log.put("data", Hex.encode(event.data()));
        }
        result.put("events_total", events.size());
        result.put("caveat", CAVEAT);
        return result;
    }

    /** What the server's policy evaluation reads from a stored {@code simulation}; absent or not run: unavailable. */
    public static SimulationFacts facts(JsonNode simulation) {
        if (simulation == null || !"simulated".equals(simulation.path("status").asText())) {
            return SimulationFacts.unavailable();
        }
        List<String> flags = new ArrayList<>();
        simulation.path("flags").forEach(flag -> flags.add(flag.asText()));
        Map<String, BigInteger> outflows = new LinkedHashMap<>();
        for (JsonNode outflow : simulation.path("outflows")) {
            outflows.merge(
                    outflow.path("asset").asText(),
                    new BigInteger(outflow.path("amount").asText()),
                    BigInteger::add);
        }
        return new SimulationFacts(
                true,
                simulation.path("reverted").asBoolean(),
                simulation.path("wallet_storage_changed").asBoolean(),
                flags,
                outflows.entrySet().stream()
                        .map(entry -> new SimulationFacts.Outflow(entry.getKey(), entry.getValue()))
                        .toList());
    }

    /** The flags of a stored simulation (empty unless it ran), for the request's {@code flags}. */
    public static List<String> flags(JsonNode simulation) {
        return facts(simulation).flags();
    }

    private static String asset(BalanceChange change) {
        return change.token()
                .map(token -> token.toString().toLowerCase(Locale.ROOT))
                .orElse("native");
    }

    private static String word(BigInteger value) {
        String hex = value.toString(16);
        return "0x" + "0".repeat(Math.max(0, 64 - hex.length())) + hex;
    }
}
