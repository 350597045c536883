package dev.custos.server.console.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /console/audit}: the latest signed checkpoint and, for auditors and admins, the newest entries, each with a
 * "Verify inclusion" button: a page script fetches the entry's RFC 9162 inclusion proof and recomputes the tree's root
 * from the entry's bytes with the browser's own SHA-256, then compares it with the root in the signed checkpoint.
 */
public final class AuditPage {
    private static final int PAGE = 100;

    private final ApiCalls api;
    private final Layout layout;

    public AuditPage(ApiCalls api, Layout layout) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    public void register(ConsoleRouter router) {
        router.page("/console/audit", this::render);
        router.json("/console/audit/proof", request -> {
            String index = request.value("index").orElseThrow(() -> ApiException.badRequest("index is missing"));
            return api.get(request.session().caller(), "/v1/audit/proof", Map.of("index", List.of(index)));
        });
    }

    private String render(PageRequest request) {
        Caller caller = request.session().caller();
        Optional<String> checkpoint;
        try {
            checkpoint = Optional.of(api.getText(caller, "/v1/audit/checkpoint"));
        } catch (ApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            checkpoint = Optional.empty();
        }
        boolean auditor = caller.has(Role.AUDITOR) || caller.has(Role.ADMIN);
        Optional<JsonNode> entries = Optional.empty();
        if (auditor) {
            long size = api.get(caller, "/v1/audit/entries", Map.of("limit", List.of("1")))
                    .path("size")
                    .asLong();
            long from = Math.max(0, size - PAGE);
            entries = Optional.of(api.get(
                    caller,
                    "/v1/audit/entries",
                    Map.of("from", List.of(Long.toString(from)), "limit", List.of(Integer.toString(PAGE)))));
        }
        Optional<String> note = checkpoint;
        Optional<JsonNode> page = entries;
        return layout.page("Audit log", Optional.of(request.session()), html -> {
            html.element("h2", "Latest signed checkpoint");
            note.ifPresentOrElse(
                    text -> html.element(
                            "pre",
                            text,
                            "class",
                            "document",
                            "id",
                            "checkpoint",
                            "tabindex",
                            "0",
                            "aria-label",
                            "The latest signed checkpoint"),
                    () -> html.element("p", "The audit log is empty."));
            html.element(
                    "p",
                    "Every entry is in an RFC 9162 Merkle tree whose root the checkpoint signs. custos audit verify"
                            + " checks all of it offline, with the node co-signatures; the button below checks one"
                            + " entry's inclusion here in your browser.",
                    "class",
                    "hint");
            page.ifPresentOrElse(
                    found -> entries(html, found),
                    () -> html.element("p", "Entries are shown to auditors and admins."));
            layout.script(html, "audit-proof.js");
        });
    }

    private static void entries(Html html, JsonNode page) {
        List<JsonNode> newestFirst = new ArrayList<>();
        page.path("entries").forEach(entry -> newestFirst.add(0, entry));
        html.element("h2", "Entries, newest first");
        html.element("p", "", "id", "proof-result", "role", "status", "aria-live", "polite", "class", "verify-result");
        html.open("table", "class", "data");
        html.element("caption", newestFirst.size() + " of " + page.path("size").asText() + " entries");
        html.open("thead").open("tr");
        for (String heading : List.of("#", "Time", "Actor", "Action", "Subject", "Details", "Inclusion")) {
            html.element("th", heading, "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (JsonNode item : newestFirst) {
            String index = item.path("index").asText();
            JsonNode entry = decode(item.path("entry").asText());
            html.open("tr");
            html.element("th", index, "scope", "row");
            html.element("td", entry.path("time").asText(), "class", "mono time");
            html.element("td", Text.visible(entry.path("actor").asText()));
            html.element("td", Text.visible(entry.path("action").asText()));
            html.element("td", Text.visible(entry.path("subject").asText()), "class", "mono");
            html.element("td", Text.visible(entry.path("details").toString()), "class", "mono wrap");
            html.open("td");
            html.element(
                    "button",
                    "Verify inclusion",
                    "type",
                    "button",
                    "class",
                    "verify-inclusion",
                    "data-index",
                    index,
                    "aria-describedby",
                    "proof-result");
            html.close("td");
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static JsonNode decode(String base64) {
        try {
            return StrictJson.tree(new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return StrictJson.mapper().createObjectNode().put("action", "(not JSON)");
        }
    }
}
