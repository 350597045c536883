package dev.custos.server.console.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.Transfer;
import dev.custos.policy.approval.digest.ApprovalFacts;
import dev.custos.policy.approval.digest.TransferText;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Text;
import dev.custos.server.requests.RequestInspection;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What the request does, decoded on the server from the payload bytes (never from the submission's claims): the
 * summary, every transfer with recipient and amount, the flags with what they mean, the call tree, the hashes and the
 * approval digest fingerprint. The submission's claims ({@code amount_usd}, {@code note}) are shown apart, as claims.
 */
final class IntentSection {
    private IntentSection() {}

    static void render(Html html, RequestInspection inspection) {
        ObjectNode document = inspection.document();
        html.open("section", "aria-labelledby", "intent-heading", "class", "panel");
        html.element("h2", "What it does, decoded from the payload bytes", "id", "intent-heading");
        inspection.problem().ifPresent(problem -> html.element("p", problem, "class", "error", "role", "alert"));
        Optional<Intent> intent = inspection.decoded().flatMap(decoded -> decoded.intent());
        intent.ifPresent(decoded -> html.element("p", Text.visible(decoded.summary()), "class", "intent-summary"));
        inspection.facts().ifPresent(facts -> transfers(html, facts));
        claims(html, document);
        intent.ifPresent(decoded -> {
            flags(html, decoded);
            html.element("h3", "Call tree");
            CallTree.render(html, decoded.call());
            if (!decoded.warnings().isEmpty()) {
                html.element("h3", "Decoder findings");
                html.open("ul", "class", "warnings");
                decoded.warnings().forEach(warning -> html.element("li", Text.visible(warning)));
                html.close("ul");
            }
        });
        hashes(html, inspection, intent);
        html.close("section");
    }

    private static void transfers(Html html, ApprovalFacts facts) {
        html.element("h3", "Transfers");
        if (facts.transfers().isEmpty()) {
            html.element("p", "No transfers: this payload moves no coins or tokens that the decoder recognises.");
            return;
        }
        html.open("table", "class", "data transfers");
        html.element("caption", facts.transfers().size() + " transfer(s) in the order the payload makes them");
        html.open("thead").open("tr");
        for (String heading : List.of("#", "What", "Recipient", "Amount", "Asset")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        int index = 1;
        for (Transfer transfer : facts.transfers()) {
            html.open("tr", "class", "transfer");
            html.element("th", Integer.toString(index++), "scope", "row");
            html.element("td", TransferText.line(facts, transfer));
            html.element("td", transfer.recipient(), "class", "mono recipient");
            html.element(
                    "td",
                    TransferText.whole(facts.chain(), facts.network(), transfer)
                            .map(whole -> whole + " (" + transfer.amount() + ")")
                            .orElse(transfer.amount().toString()),
                    "class",
                    "mono amount");
            html.element("td", transfer.asset(), "class", "mono");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void claims(Html html, ObjectNode document) {
        boolean amount = document.hasNonNull("amount_usd");
        boolean note = document.hasNonNull("note");
        JsonNode mismatches = document.path("decision").path("claim_mismatches");
        if (!amount && !note && mismatches.isEmpty()) {
            return;
        }
        html.open("div", "class", "claims", "role", "note");
        html.element("h3", "What the submission claims (not checked, never enforced)");
        html.open("dl", "class", "facts");
        if (amount) {
            html.element("dt", "Claimed amount");
            html.element("dd", document.path("amount_usd").asText() + " USD", "class", "claimed");
        }
        String valued =
                document.path("decision").path("facts").path("amount_usd").asText("");
        if (!valued.isEmpty()) {
            html.element("dt", "Value of the decoded transfers");
            html.element("dd", plain(valued) + " USD (at the policy's prices)");
        }
        if (note) {
            html.element("dt", "Note from the initiator");
            html.element("dd", Text.visible(document.path("note").asText()), "class", "claimed");
        }
        html.close("dl");
        if (!mismatches.isEmpty()) {
            html.open("ul", "class", "warnings");
            mismatches.forEach(mismatch -> html.element("li", "Claim differs: " + Text.visible(mismatch.asText())));
            html.close("ul");
        }
        html.close("div");
    }

    private static void flags(Html html, Intent intent) {
        html.element("h3", "Flags");
        if (intent.flags().isEmpty()) {
            html.element("p", "None: the decoder found nothing that needs special attention.");
            return;
        }
        html.open("ul", "class", "flags");
        for (Flag flag : intent.flags()) {
            String name = flag.wireName();
            html.open("li", "class", FlagExplanations.dangerous(name) ? "flag flag-danger" : "flag");
            html.element("strong", name, "class", "flag-name");
            html.text(": " + FlagExplanations.explain(name));
            html.close("li");
        }
        html.close("ul");
    }

    private static void hashes(Html html, RequestInspection inspection, Optional<Intent> intent) {
        html.element("h3", "Hashes");
        html.open("dl", "class", "facts");
        intent.flatMap(Intent::safeTxHash).ifPresent(hash -> {
            html.element("dt", "Safe tx hash");
            html.element("dd", hash.toHex(), "class", "mono wrap");
        });
        inspection.facts().ifPresent(facts -> {
            html.element("dt", "Payload hash (what the nodes sign)");
            html.element("dd", "0x" + HexFormat.of().formatHex(facts.signedHash()), "class", "mono wrap");
        });
        inspection.digest().ifPresent(digest -> {
            html.element("dt", "Approval digest fingerprint");
            html.element("dd", TransferText.fingerprint(digest), "class", "mono fingerprint", "id", "digest");
            String stored =
                    inspection.document().path("approval").path("digest").asText("");
            boolean same = stored.matches("[0-9a-f]{64}")
                    && MessageDigest.isEqual(HexFormat.of().parseHex(stored), digest);
            html.element("dt", "Digest check");
            html.element(
                    "dd",
                    same
                            ? "Recomputed here from the payload: the same digest approvers are asked to sign."
                            : "The digest stored with this request differs from the one recomputed from its payload."
                                    + " Do not approve.",
                    "class",
                    same ? "ok" : "error");
        });
        html.close("dl");
        html.element(
                "p",
                "custos approve prints the same fingerprint on the approver's own machine: compare them for large"
                        + " transfers.",
                "class",
                "hint");
    }

    private static String plain(String decimal) {
        try {
            return new java.math.BigDecimal(decimal).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return decimal;
        }
    }
}
