package dev.custos.server.console.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Text;
import java.util.List;

/**
 * What the user's Ethereum node said the request would do before approval (its {@code simulation}): balance changes
 * per holder, the wallet's own storage changes with their Safe meaning, the flags they raise, events, the revert reason
 * and the block it ran at — or that it was not simulated, and why. Always with the caveat: the state can change before
 * the transaction executes, and the nodes still enforce on the decoded bytes.
 */
final class SimulationSection {
    private SimulationSection() {}

    static void render(Html html, JsonNode document) {
        if (!document.path("chain").asText().equals("ethereum")) {
            return;
        }
        JsonNode simulation = document.path("simulation");
        html.open("section", "aria-labelledby", "simulation-heading", "class", "panel");
        html.element("h2", "Simulation", "id", "simulation-heading");
        String status = simulation.path("status").asText("");
        switch (status) {
            case "simulated" -> simulated(html, simulation);
            case "unavailable" ->
                html.element(
                        "p",
                        "Simulation unavailable: "
                                + Text.visible(
                                        stripPrefix(simulation.path("message").asText())),
                        "class",
                        "simulation-unavailable warning");
            case "not_configured" ->
                html.element(
                        "p",
                        "Not simulated: the server has no Ethereum node (ethereum.rpc-url). Approve on what the"
                                + " decoded bytes say.",
                        "class",
                        "simulation-unavailable");
            default -> html.element("p", "Not simulated: this request was submitted before simulations were kept.");
        }
        html.element(
                "p",
                Text.visible(simulation
                        .path("caveat")
                        .asText("A simulation cannot promise what the chain will do; the nodes enforce on the"
                                + " decoded bytes.")),
                "class",
                "hint");
        html.close("section");
    }

    private static void simulated(Html html, JsonNode simulation) {
        html.open("dl", "class", "facts");
        html.element("dt", "Ran at block");
        html.element(
                "dd",
                simulation.path("block").path("number").asText() + " ("
                        + simulation.path("block").path("hash").asText() + ")",
                "class",
                "mono wrap");
        html.element("dt", "Node");
        html.element("dd", Text.visible(simulation.path("node").asText()), "class", "mono");
        html.element("dt", "Outcome");
        if (simulation.path("reverted").asBoolean()) {
            html.element(
                    "dd",
                    "Reverts: " + Text.visible(simulation.path("revert_reason").asText("no reason"))
                            + ". The effects below are what it attempts.",
                    "class",
                    "simulation-reverted warning");
        } else {
            html.element("dd", "Succeeds", "class", "ok");
        }
        html.element("dt", "Gas estimate");
        html.element(
                "dd",
                Text.visible(Text.field(
                        simulation,
                        "gas_estimate",
                        "none (" + simulation.path("gas_estimate_error").asText("no estimate") + ")")));
        html.close("dl");
        flags(html, simulation.path("flags"));
        balances(html, simulation);
        storage(html, simulation);
        events(html, simulation);
    }

    private static void flags(Html html, JsonNode flags) {
        if (flags.isEmpty()) {
            return;
        }
        html.open("ul", "class", "flags");
        for (JsonNode flag : flags) {
            String name = flag.asText();
            html.open("li", "class", FlagExplanations.dangerous(name) ? "flag flag-danger" : "flag");
            html.element("strong", Text.visible(name), "class", "flag-name");
            html.element("span", " (from the simulation): " + FlagExplanations.explain(name));
            html.close("li");
        }
        html.close("ul");
    }

    private static void balances(Html html, JsonNode simulation) {
        html.element("h3", "Balance changes");
        JsonNode changes = simulation.path("balance_changes");
        if (changes.isEmpty()) {
            html.element("p", "No balance changes (gas fees are not counted).");
            return;
        }
        String wallet = simulation.path("wallet").asText();
        table(
                html,
                "Net balance changes per holder (smallest units; gas fees not counted)",
                List.of("Holder", "Asset", "Change"));
        for (JsonNode change : changes) {
            String holder = change.path("holder").asText();
            String delta = change.path("delta").asText();
            html.open("tr", "class", delta.startsWith("-") ? "balance-out" : "balance-in");
            html.element(
                    "th",
                    Text.visible(holder) + (holder.equalsIgnoreCase(wallet) ? " (this wallet)" : ""),
                    "scope",
                    "row",
                    "class",
                    "mono");
            html.element("td", Text.visible(change.path("asset").asText()), "class", "mono");
            html.element("td", (delta.startsWith("-") ? "" : "+") + Text.visible(delta), "class", "mono");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void storage(Html html, JsonNode simulation) {
        html.element("h3", "Changes to the wallet's own storage");
        JsonNode changes = simulation.path("wallet_storage_changes");
        if (changes.isEmpty()) {
            html.element("p", "None.");
            return;
        }
        if (simulation.path("wallet_storage_changed").asBoolean()) {
            html.element(
                    "p",
                    "This transaction changes the wallet's own configuration, beyond the nonce every execution"
                            + " moves.",
                    "class",
                    "warning");
        }
        table(html, "Storage slots of the wallet written", List.of("Meaning", "Slot", "New value"));
        for (JsonNode change : changes) {
            html.open("tr");
            html.element("th", Text.words(change.path("meaning").asText()), "scope", "row");
            html.element("td", change.path("slot").asText(), "class", "mono wrap");
            html.element("td", change.path("value").asText(), "class", "mono wrap");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void events(Html html, JsonNode simulation) {
        JsonNode events = simulation.path("events");
        html.element("h3", "Events (" + simulation.path("events_total").asInt(events.size()) + ")");
        if (events.isEmpty()) {
            html.element("p", "None.");
            return;
        }
        html.open("ol", "class", "events");
        for (JsonNode event : events) {
            JsonNode topics = event.path("topics");
            html.element(
                    "li",
                    Text.visible(event.path("emitter").asText()) + ": "
                            + (topics.isEmpty() ? "no topic" : topics.get(0).asText()),
                    "class",
                    "mono wrap");
        }
        html.close("ol");
    }

    private static void table(Html html, String caption, List<String> headings) {
        html.open("table", "class", "data");
        html.element("caption", caption);
        html.open("thead").open("tr");
        headings.forEach(heading -> html.element("th", heading, "scope", "col"));
        html.close("tr").close("thead").open("tbody");
    }

    private static String stripPrefix(String message) {
        return message.startsWith("simulation unavailable: ")
                ? message.substring("simulation unavailable: ".length())
                : message;
    }
}
