package dev.custos.server.console.web;

import io.javalin.http.Context;

/**
 * The session cookie: {@code __Host-custos-session} over https (the prefix makes the browser insist on Secure, Path=/
 * and no Domain), {@code custos-session} over plain http, which the server serves only on a loopback address for
 * development. Always {@code HttpOnly; SameSite=Strict; Path=/}; no Max-Age, so it ends with the browser session.
 */
public final class SessionCookie {
    static final String SECURE_NAME = "__Host-custos-session";
    static final String PLAIN_NAME = "custos-session";

    private SessionCookie() {}

    /** The cookie's value in this request, or null. */
    public static String read(Context ctx) {
        return ctx.cookie(name(ctx));
    }

    /** Sets the cookie to {@code value}. */
    public static void write(Context ctx, String value) {
        ctx.header("Set-Cookie", name(ctx) + "=" + value + attributes(ctx));
    }

    /** Removes the cookie from the browser. */
    public static void clear(Context ctx) {
        ctx.header("Set-Cookie", name(ctx) + "=" + attributes(ctx) + "; Max-Age=0");
    }

    private static String name(Context ctx) {
        return secure(ctx) ? SECURE_NAME : PLAIN_NAME;
    }

    private static String attributes(Context ctx) {
        return "; Path=/; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : "");
    }

    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme());
    }
}
