package dev.custos.server.console.web;

import io.javalin.http.Context;

/**
 * The headers every console response carries: a Content-Security-Policy that allows only this origin's own scripts,
 * styles and connections (no inline script or style, no framing, forms only to this origin), no MIME sniffing, no
 * referrer, and for pages no caching.
 */
public final class SecurityHeaders {
    /** The console's Content-Security-Policy. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private SecurityHeaders() {}

    /** Sets the headers of a page or a console JSON answer: never cached. */
    public static void page(Context ctx) {
        common(ctx);
        ctx.header("Cache-Control", "no-store");
    }

    /** Sets the headers of a static asset (revalidated, since its name carries no hash). */
    public static void asset(Context ctx) {
        common(ctx);
        ctx.header("Cache-Control", "no-cache");
    }

    private static void common(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }
}
