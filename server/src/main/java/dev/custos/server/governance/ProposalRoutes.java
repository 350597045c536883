package dev.custos.server.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.CallOrigin;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/policy/proposals}: admins propose the next policy version, approve it with their device keys and cancel
 * it during its time lock; anyone with a token reads them.
 */
final class ProposalRoutes {
    private static final Set<String> STATUSES =
            Set.of("awaiting_approvals", "time_locked", "activated", "superseded", "cancelled");

    private final ProposalService proposals;

    ProposalRoutes(ProposalService proposals) {
        this.proposals = requireNonNull(proposals, "proposals is null");
    }

    List<Route> routes() {
        return List.of(
                Route.create("/v1/policy/proposals", this::propose),
                Route.get("/v1/policy/proposals", this::list),
                Route.get("/v1/policy/proposals/{id}", this::get),
                Route.post("/v1/policy/proposals/{id}/approvals", this::approve),
                Route.get("/v1/policy/proposals/{id}/passkey-options", this::passkeyOptions),
                Route.post("/v1/policy/proposals/{id}/cancel", this::cancel));
    }

    private Reply propose(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        StrictJson.tree(call.body());
        return Reply.created(proposals.propose(admin, call.body(), CallOrigin.of(call)));
    }

    private Reply approve(Call call) {
        Caller caller = call.requireRole(Role.ADMIN);
        JsonFields fields = JsonFields.of(StrictJson.tree(call.body()), Set.of("admin", "signature", "passkey"));
        String admin = fields.text("admin");
        Optional<String> signature = fields.optionalText("signature");
        Optional<JsonNode> passkey = fields.optionalObject("passkey");
        if (signature.isPresent() == passkey.isPresent()) {
            throw ApiException.badRequest("an approval carries exactly one of 'signature' (device key) and 'passkey'"
                    + " (WebAuthn assertion)");
        }
        if (signature.isPresent()) {
            if (!signature.get().matches("[0-9a-fA-F]{128}")) {
                throw ApiException.badRequest("field 'signature' must be 64 bytes in hex");
            }
            return Reply.ok(proposals.approve(
                    caller, call.path("id"), admin, HexFormat.of().parseHex(signature.get()), CallOrigin.of(call)));
        }
        return Reply.ok(proposals.approveWithPasskey(
                caller, call.path("id"), admin, passkey.get().toString(), CallOrigin.of(call)));
    }

    private Reply passkeyOptions(Call call) {
        Caller caller = call.requireRole(Role.ADMIN);
        return Reply.text("application/json", proposals.passkeyOptions(call.path("id"), caller.name()));
    }

    private Reply cancel(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        if (!call.body().isBlank()) {
            throw ApiException.badRequest("cancelling takes no body");
        }
        return Reply.ok(proposals.cancel(admin, call.path("id"), CallOrigin.of(call)));
    }

    private Reply get(Call call) {
        call.requireCaller();
        String id = call.path("id");
        return Reply.ok(proposals.find(id).orElseThrow(() -> ApiException.notFound("no proposal '" + id + "'")));
    }

    private Reply list(Call call) {
        call.requireCaller();
        Optional<String> status = call.queryParameter("status");
        status.ifPresent(value -> {
            if (!STATUSES.contains(value)) {
                throw ApiException.badRequest("query parameter 'status' must be one of "
                        + STATUSES.stream().sorted().toList() + ", not '" + value + "'");
            }
        });
        return Reply.ok(Map.of("proposals", proposals.list(status)));
    }
}
