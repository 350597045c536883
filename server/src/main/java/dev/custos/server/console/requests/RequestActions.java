package dev.custos.server.console.requests;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.ApiException;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import java.util.Map;

/**
 * The request view's forms: cancelling (initiator, admin) and rejecting (approvers) with a reason, through the API's
 * routes as the signed-in person.
 */
public final class RequestActions {
    private static final int MAX_REASON = 500;

    private final ApiCalls api;

    public RequestActions(ApiCalls api) {
        this.api = requireNonNull(api, "api is null");
    }

    public void register(ConsoleRouter router) {
        refusal(router, "cancel");
        refusal(router, "reject");
    }

    private void refusal(ConsoleRouter router, String verb) {
        router.action("/console/requests/{id}/" + verb, request -> {
            String id = Text.requireId(request.path().get("id"), "the request id");
            String reason = request.value("reason")
                    .map(String::strip)
                    .orElseThrow(() -> ApiException.badRequest("give a reason"));
            if (reason.length() > MAX_REASON) {
                throw ApiException.badRequest("the reason must be at most " + MAX_REASON + " characters");
            }
            api.post(
                    request.session().caller(),
                    "/v1/requests/" + id + "/" + verb,
                    StrictJson.write(Map.of("reason", reason)));
            return "/console/requests/" + id;
        });
    }
}
