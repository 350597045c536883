package dev.custos.server.console.requests;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.ApiException;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.ApiCalls;
import dev.custos.server.console.ConsoleRouter;
import dev.custos.server.console.pages.Text;
import java.util.Map;

/** The request view's forms: cancelling with a reason, through the API's cancel route as the signed-in person. */
public final class RequestActions {
    private static final int MAX_REASON = 500;

    private final ApiCalls api;

    public RequestActions(ApiCalls api) {
        this.api = requireNonNull(api, "api is null");
    }

    public void register(ConsoleRouter router) {
        router.action("/console/requests/{id}/cancel", request -> {
            String id = Text.requireId(request.path().get("id"), "the request id");
            String reason = request.value("reason")
                    .map(String::strip)
                    .orElseThrow(() -> ApiException.badRequest("give a reason for cancelling"));
            if (reason.length() > MAX_REASON) {
                throw ApiException.badRequest("the reason must be at most " + MAX_REASON + " characters");
            }
            api.post(
                    request.session().caller(),
                    "/v1/requests/" + id + "/cancel",
                    StrictJson.write(Map.of("reason", reason)));
            return "/console/requests/" + id;
        });
    }
}
