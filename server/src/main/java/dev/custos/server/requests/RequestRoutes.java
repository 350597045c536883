package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.requests.RequestStore.Cursor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/requests}: initiators submit and cancel, approvers approve with a device-key signature or reject with a
 * reason, anyone with a token reads (docs/SERVER.md, "Requests").
 */
public final class RequestRoutes {
    private static final int DEFAULT_PAGE = 50;
    private static final int MAX_PAGE = 500;
    private static final int MAX_REASON = 500;

    private final RequestService requests;

    RequestRoutes(RequestService requests) {
        this.requests = requireNonNull(requests, "requests is null");
    }

    public List<Route> routes() {
        return List.of(
                Route.create("/v1/requests", this::submit),
                Route.get("/v1/requests", this::list),
                Route.get("/v1/requests/{id}", this::get),
                Route.post("/v1/requests/{id}/approvals", this::approve),
                Route.post("/v1/requests/{id}/cancel", this::cancel),
                Route.post("/v1/requests/{id}/reject", this::reject),
                Route.get("/v1/requests/{id}/passkey-options", this::passkeyOptions));
    }

    private Reply submit(Call call) {
        Caller initiator = call.requireRole(Role.INITIATOR);
        Submission submission = Submission.parse(StrictJson.tree(call.body()));
        return Reply.created(
                requests.submit(initiator, submission, call.origin()).document());
    }

    private Reply get(Call call) {
        call.requireCaller();
        String id = call.path("id");
        return Reply.ok(requests.find(id)
                .orElseThrow(() -> ApiException.notFound("no request '" + id + "'"))
                .document());
    }

    private Reply approve(Call call) {
        Caller caller = call.requireRole(Role.APPROVER);
        ApprovalBody body = ApprovalBody.parse(call.body());
        return Reply.ok(requests.approve(caller, call.path("id"), body).document());
    }

    private Reply passkeyOptions(Call call) {
        Caller caller = call.requireRole(Role.APPROVER);
        String approver = call.queryParameter("approver").orElse(caller.name());
        return Reply.text("application/json", requests.passkeyOptions(call.path("id"), approver));
    }

    private Reply cancel(Call call) {
        Caller caller = call.requireCaller();
        Optional<String> reason = Optional.empty();
        if (!call.body().isBlank()) {
            JsonFields fields = JsonFields.of(StrictJson.tree(call.body()), Set.of("reason"));
            reason = fields.optionalText("reason").map(String::strip);
            if (reason.isPresent() && (reason.get().isEmpty() || reason.get().length() > MAX_REASON)) {
                throw ApiException.badRequest("field 'reason' must be 1 to " + MAX_REASON + " characters");
            }
        }
        return Reply.ok(requests.cancel(caller, call.path("id"), reason).document());
    }

    private Reply reject(Call call) {
        Caller caller = call.requireRole(Role.APPROVER);
        JsonFields fields = JsonFields.of(StrictJson.tree(call.body()), Set.of("reason"));
        String reason = fields.text("reason").strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw ApiException.badRequest("field 'reason' must be 1 to " + MAX_REASON + " characters");
        }
        return Reply.ok(requests.reject(caller, call.path("id"), reason).document());
    }

    private Reply list(Call call) {
        call.requireCaller();
        Optional<String> status = call.queryParameter("status");
        status.ifPresent(value -> {
            if (!StoredRequest.STATUSES.contains(value)) {
                throw ApiException.badRequest("query parameter 'status' must be one of "
                        + StoredRequest.STATUSES.stream().sorted().toList() + ", not '" + value + "'");
            }
        });
        int limit = (int) call.integerQueryParameter("limit", DEFAULT_PAGE, 1, MAX_PAGE);
        Optional<Cursor> cursor = call.queryParameter("cursor").map(RequestRoutes::cursor);
        List<StoredRequest> page = requests.store().page(status, call.queryParameter("wallet"), cursor, limit + 1);
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        ArrayNode items = answer.putArray("requests");
        page.stream().limit(limit).forEach(request -> items.add(request.document()));
        if (page.size() > limit) {
            StoredRequest last = page.get(limit - 1);
            answer.put("next_cursor", encode(new Cursor(last.createdAt().toEpochMilli(), last.id())));
        } else {
            answer.putNull("next_cursor");
        }
        return Reply.ok(answer);
    }

    private static String encode(Cursor cursor) {
        String text = cursor.createdAt() + ":" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Cursor cursor(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                return new Cursor(Long.parseLong(decoded.substring(0, colon)), decoded.substring(colon + 1));
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw ApiException.badRequest("query parameter 'cursor' is not a cursor this server gave out");
    }
}
