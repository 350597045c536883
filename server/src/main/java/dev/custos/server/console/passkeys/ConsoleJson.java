package dev.custos.server.console.passkeys;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.session.ConsoleSession;
import dev.custos.server.console.web.OriginCheck;
import dev.custos.server.console.web.SecurityHeaders;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.function.Supplier;

/**
 * JSON exchanges between the console's passkey script and the server: every POST must come from this server's
 * origin; those of a signed-in person must also carry the session's CSRF token in {@value #CSRF_HEADER}. Refusals
 * are the API's {@code {"error":{"code","message"}}}.
 */
final class ConsoleJson {
    /** The header that carries the session's CSRF token on a script's POST. */
    static final String CSRF_HEADER = "X-CSRF-Token";

    private ConsoleJson() {}

    /** The request body as JSON, after the Origin check. */
    static JsonNode body(Context ctx) {
        String refusal = OriginCheck.refusal(ctx);
        if (refusal != null) {
            throw ApiException.forbidden(refusal);
        }
        return StrictJson.tree(ctx.body());
    }

    /** Refuses unless the request carries {@code session}'s CSRF token (compared in constant time). */
    static void requireCsrf(Context ctx, ConsoleSession session) {
        String token = ctx.header(CSRF_HEADER);
        if (token == null
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8),
                        session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw ApiException.forbidden("the request's CSRF token is missing or wrong; reload the page and try again");
        }
    }

    /** Answers what {@code answer} gives, or the refusal it throws, as JSON. */
    static void answer(Context ctx, Supplier<Object> answer) {
        SecurityHeaders.page(ctx);
        try {
            Object body = answer.get();
            ctx.contentType("application/json").result(body instanceof String text ? text : StrictJson.write(body));
        } catch (ApiException e) {
            ctx.status(e.status())
                    .contentType("application/json")
                    .result(StrictJson.write(Map.of("error", Map.of("code", e.code(), "message", e.getMessage()))));
        }
    }
}
