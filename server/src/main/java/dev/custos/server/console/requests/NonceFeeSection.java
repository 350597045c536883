package dev.custos.server.console.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Caller;
import dev.custos.server.api.ApiException;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import java.math.BigInteger;
import java.util.Map;

/**
 * A raw Ethereum request's nonce and fees beside what the user's node suggests now ({@code GET
 * /v1/wallets/{id}/ethereum/suggestions}): a nonce the wallet already used (the transaction can never be mined, or
 * replaces a pending one), a gap (earlier nonces must be mined first), fees below the current base fee. Display only.
 */
final class NonceFeeSection {
    private NonceFeeSection() {}

    static void render(Html html, JsonNode document, ApiCalls api, Caller caller) {
        JsonNode transaction = document.path("intent").path("transaction");
        if (!document.path("chain").asText().equals("ethereum") || transaction.isMissingNode()) {
            return;
        }
        html.open("section", "aria-labelledby", "nonce-heading", "class", "panel");
        html.element("h2", "Nonce and fees", "id", "nonce-heading");
        JsonNode suggestions;
        try {
            suggestions = api.get(
                    caller,
                    "/v1/wallets/" + Text.requireId(document.path("wallet").asText(), "the wallet")
                            + "/ethereum/suggestions",
                    Map.of());
        } catch (ApiException e) {
            html.element("p", "No suggestions from the node: " + Text.visible(e.getMessage()), "class", "hint");
            html.close("section");
            return;
        }
        BigInteger nonce = new BigInteger(document.path("intent").path("nonce").asText("0"));
        BigInteger next = new BigInteger(suggestions.path("next_nonce").asText("0"));
        html.open("dl", "class", "facts");
        html.element("dt", "Nonce");
        int order = nonce.compareTo(next);
        if (order == 0) {
            html.element("dd", nonce + ": the wallet's next nonce", "class", "ok");
        } else if (order < 0) {
            html.element(
                    "dd",
                    nonce + ": already used (the node's next nonce is " + next + "): this transaction cannot be mined,"
                            + " or replaces a pending one",
                    "class",
                    "nonce-used warning");
        } else {
            html.element(
                    "dd",
                    nonce + ": a gap (the node's next nonce is " + next + "): nonces " + next + " to "
                            + nonce.subtract(BigInteger.ONE) + " must be mined first",
                    "class",
                    "nonce-gap warning");
        }
        html.element("dt", "Fees");
        html.element("dd", fees(transaction, suggestions));
        html.close("dl");
        html.element(
                "p",
                "From " + Text.visible(suggestions.path("node").asText()) + " at block "
                        + suggestions.path("block").asText() + ". "
                        + suggestions.path("note").asText(),
                "class",
                "hint");
        html.close("section");
    }

    private static String fees(JsonNode transaction, JsonNode suggestions) {
        JsonNode base = suggestions.path("base_fee_per_gas");
        String suggested = "suggested now: max fee " + Text.field(suggestions, "max_fee_per_gas", "none")
                + ", priority fee "
                + suggestions.path("max_priority_fee_per_gas").asText() + ", gas price "
                + suggestions.path("gas_price").asText() + " (wei per gas)";
        String own = transaction.has("max_fee_per_gas")
                ? "max fee " + transaction.path("max_fee_per_gas").asText() + ", priority fee "
                        + transaction.path("max_priority_fee_per_gas").asText()
                : "gas price " + transaction.path("gas_price").asText();
        String ceiling = transaction.has("max_fee_per_gas")
                ? transaction.path("max_fee_per_gas").asText()
                : transaction.path("gas_price").asText("0");
        String verdict = "";
        if (base.isTextual() && new BigInteger(ceiling).compareTo(new BigInteger(base.asText())) < 0) {
            verdict = " Below the current base fee (" + base.asText() + "): it waits until the base fee falls.";
        }
        return "This request: " + own + "; " + suggested + "." + verdict;
    }
}
