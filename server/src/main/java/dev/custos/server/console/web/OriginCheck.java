package dev.custos.server.console.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The second line against cross-site form posts (after SameSite=Strict cookies and the CSRF token): a POST must carry
 * an {@code Origin} header naming this server's own origin, as browsers send on every POST.
 */
public final class OriginCheck {
    private OriginCheck() {}

    /** Why this POST's origin is refused, or null when it is this server's own. */
    public static String refusal(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || origin.isBlank()) {
            return "the form was posted without an Origin header";
        }
        String expected = ctx.scheme().toLowerCase(Locale.ROOT) + "://" + ctx.host();
        if (!origin.equalsIgnoreCase(expected)) {
            return "the form was posted from another origin";
        }
        return null;
    }
}
