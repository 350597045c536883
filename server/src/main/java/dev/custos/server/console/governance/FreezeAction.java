package dev.custos.server.console.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Forms;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.session.ConsoleSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Freeze a wallet now", for admins: proposes the next policy version with the wallet in {@code frozen_wallets}. That
 * is a stricter-only change, so one admin's approval (a passkey on this page, or {@code custos approve change})
 * applies it at once and every node refuses the wallet from then on.
 */
public final class FreezeAction {
    /** Where the form posts. */
    public static final String PATH = "/console/policy/freeze";

    private final ApiCalls api;

    public FreezeAction(ApiCalls api) {
        this.api = requireNonNull(api, "api is null");
    }

    public void register(ConsoleRouter router) {
        router.action(PATH, request -> {
            if (!request.session().caller().has(Role.ADMIN)) {
                throw ApiException.forbidden("freezing a wallet is for admins");
            }
            String wallet = Text.requireId(
                    request.value("wallet").orElseThrow(() -> ApiException.badRequest("choose a wallet to freeze")),
                    "the wallet id");
            ObjectNode next = (ObjectNode) api.get(request.session().caller(), "/v1/policy", Map.of());
            if (!unfrozen(next).contains(wallet)) {
                throw ApiException.badRequest("the active policy has no unfrozen wallet '" + wallet + "'");
            }
            next.put("policy_version", next.path("policy_version").asLong() + 1);
            ArrayNode frozen = next.has("frozen_wallets")
                    ? (ArrayNode) next.get("frozen_wallets")
                    : next.putArray("frozen_wallets");
            frozen.add(wallet);
            JsonNode proposal =
                    api.post(request.session().caller(), request.origin(), "/v1/policy/proposals", next.toString());
            return "/console/policy#" + Text.requireId(proposal.path("id").asText(), "the proposal id");
        });
    }

    /** The form, for an admin and an active policy with wallets that are not frozen. */
    static void render(Html html, JsonNode policy, ConsoleSession session) {
        List<String> wallets = unfrozen(policy);
        if (!session.caller().has(Role.ADMIN) || wallets.isEmpty()) {
            return;
        }
        html.open("section", "aria-labelledby", "freeze-heading", "class", "panel");
        html.element("h2", "Freeze a wallet now", "id", "freeze-heading");
        html.element(
                "p",
                "Proposes the next policy version with the wallet frozen. It only makes the policy stricter, so one"
                        + " admin's approval below applies it at once, and every node refuses the wallet from then on.");
        Forms.post(html, PATH, session, form -> {
            form.element("label", "Wallet", "for", "freeze-wallet");
            form.open("select", "id", "freeze-wallet", "name", "wallet");
            wallets.forEach(wallet -> form.element("option", wallet, "value", wallet));
            form.close("select");
            form.element("button", "Propose freezing it", "type", "submit");
        });
        html.close("section");
    }

    private static List<String> unfrozen(JsonNode policy) {
        List<String> frozen = new ArrayList<>();
        policy.path("frozen_wallets").forEach(wallet -> frozen.add(wallet.asText()));
        List<String> wallets = new ArrayList<>();
        policy.path("wallets").forEach(wallet -> {
            String id = wallet.path("id").asText();
            if (!frozen.contains(id)) {
                wallets.add(id);
            }
        });
        return wallets;
    }
}
