package dev.custos.server.console.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * The second line against cross-site form posts (after SameSite=Strict cookies and the CSRF token): a POST must come
 * from this server's own pages. Browsers say so in {@code Sec-Fetch-Site: same-origin}; the {@code Origin} header,
 * when it names an origin, must be this server's. Under the console's {@code Referrer-Policy: no-referrer} a browser
 * sends {@code Origin: null} on form posts (Fetch standard), so {@code null} is accepted only together with
 * {@code Sec-Fetch-Site: same-origin}. A request with neither header is refused.
 */
public final class OriginCheck {
    private OriginCheck() {}

    /** Why this POST is refused as cross-site, or null when it comes from this server's own pages. */
    public static String refusal(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        String origin = ctx.header("Origin");
        if (site != null && !site.equals("same-origin")) {
            return "the form was posted from another site (Sec-Fetch-Site: " + site + ")";
        }
        boolean named = origin != null && !origin.isBlank() && !origin.equals("null");
        if (named) {
            String expected = ctx.scheme().toLowerCase(Locale.ROOT) + "://" + ctx.host();
            return origin.equalsIgnoreCase(expected) ? null : "the form was posted from another origin";
        }
        if (site == null) {
            return "the form was posted without an Origin or Sec-Fetch-Site header";
        }
        return null;
    }
}
