package dev.custos.server.governance;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
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

    /**
     * An admin's approval: the Ed25519 signature of their device key over the proposal's {@code digest}.
     *
     * @param admin the admin's approver name in the active policy
     * @param signature 64 bytes, hex
     */
    record ApprovalBody(
            String admin, @JsonProperty("signature") String signature) {
        ApprovalBody {
            requireNonNull(admin, "field 'admin' is missing");
            requireNonNull(signature, "field 'signature' is missing");
            if (!signature.matches("[0-9a-fA-F]{128}")) {
                throw new IllegalArgumentException("field 'signature' must be 64 bytes in hex");
            }
        }
    }

    ProposalRoutes(ProposalService proposals) {
        this.proposals = requireNonNull(proposals, "proposals is null");
    }

    List<Route> routes() {
        return List.of(
                Route.create("/v1/policy/proposals", this::propose),
                Route.get("/v1/policy/proposals", this::list),
                Route.get("/v1/policy/proposals/{id}", this::get),
                Route.post("/v1/policy/proposals/{id}/approvals", this::approve),
                Route.post("/v1/policy/proposals/{id}/cancel", this::cancel));
    }

    private Reply propose(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        StrictJson.tree(call.body());
        return Reply.created(proposals.propose(admin, call.body()));
    }

    private Reply approve(Call call) {
        Caller caller = call.requireRole(Role.ADMIN);
        ApprovalBody body = call.body(ApprovalBody.class);
        return Reply.ok(proposals.approve(
                caller, call.path("id"), body.admin(), HexFormat.of().parseHex(body.signature())));
    }

    private Reply cancel(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        if (!call.body().isBlank()) {
            throw ApiException.badRequest("cancelling takes no body");
        }
        return Reply.ok(proposals.cancel(admin, call.path("id")));
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
