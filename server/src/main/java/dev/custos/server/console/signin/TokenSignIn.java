package dev.custos.server.console.signin;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.ApiTokens;
import dev.custos.server.access.Caller;
import dev.custos.server.api.CallOrigin;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.session.SessionStore;
import dev.custos.server.console.web.OriginCheck;
import dev.custos.server.console.web.SecurityHeaders;
import dev.custos.server.console.web.SessionCookie;
import dev.custos.server.detection.SignInFeed;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;

/**
 * Sign-in with an API token pasted into a form (the bootstrap admin's is in {@code custos-data/admin.token}). The
 * session gets the token's name and roles; the token itself is never stored or shown. Other sign-in methods (passkeys)
 * sit beside this one and start sessions the same way, through {@link SessionStore#start}.
 */
public final class TokenSignIn {
    /** The form field that carries the token. */
    static final String FIELD = "token";

    private final ApiTokens tokens;
    private final SessionStore sessions;
    private final Layout layout;
    private final SignInFeed signIns;

    public TokenSignIn(ApiTokens tokens, SessionStore sessions, Layout layout, SignInFeed signIns) {
        this.signIns = requireNonNull(signIns, "signIns is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.layout = requireNonNull(layout, "layout is null");
    }

    /** Adds {@code GET} and {@code POST /console/sign-in}. */
    public void register(JavalinConfig config, ConsoleRouter router) {
        config.routes.addHttpHandler(HandlerType.GET, ConsoleRouter.SIGN_IN, ctx -> {
            SecurityHeaders.page(ctx);
            if (router.session(ctx).isPresent()) {
                ctx.redirect("/console/requests", HttpStatus.SEE_OTHER);
                return;
            }
            ctx.html(form(Optional.empty()));
        });
        config.routes.addHttpHandler(HandlerType.POST, ConsoleRouter.SIGN_IN, ctx -> signIn(ctx));
    }

    private void signIn(Context ctx) {
        SecurityHeaders.page(ctx);
        String refusal = OriginCheck.refusal(ctx);
        if (refusal != null) {
            ctx.status(403).html(form(Optional.of(refusal)));
            return;
        }
        List<String> values = ctx.formParamMap().getOrDefault(FIELD, List.of());
        Optional<Caller> caller =
                values.size() == 1 ? tokens.authenticate(values.get(0).strip()) : Optional.empty();
        if (caller.isEmpty()) {
            ctx.status(401).html(form(Optional.of("That token is unknown, revoked or malformed.")));
            return;
        }
        String cookie = sessions.start(caller.get(), "api_token:" + caller.get().tokenHash());
        signIns.signedIn(
                caller.get().name(),
                "api_token",
                ctx.ip(),
                ctx.header("User-Agent"),
                CallOrigin.tokenDevice(caller.get()));
        SessionCookie.write(ctx, cookie);
        ctx.redirect("/console/requests", HttpStatus.SEE_OTHER);
    }

    private String form(Optional<String> problem) {
        return layout.page("Sign in", Optional.empty(), html -> {
            problem.ifPresent(
                    text -> html.element("p", text, "class", "error", "role", "alert", "id", "sign-in-error"));
            html.element(
                    "p",
                    "Paste an API token. The first admin's token is in custos-data/admin.token; the session"
                            + " keeps its name and roles for at most 8 hours (15 minutes idle).");
            html.open("form", "method", "post", "action", ConsoleRouter.SIGN_IN, "class", "stack");
            html.element("label", "API token", "for", "token");
            html.empty(
                    "input",
                    "type",
                    "password",
                    "id",
                    "token",
                    "name",
                    FIELD,
                    "required",
                    "",
                    "autocomplete",
                    "off",
                    "spellcheck",
                    "false");
            html.element("button", "Sign in", "type", "submit");
            html.close("form");
            signInMethods(html);
        });
    }

    /** The other sign-in method below the token form: a passkey (the script is {@code passkeys.js}). */
    private void signInMethods(Html html) {
        html.open("div", "id", "other-sign-in", "class", "other-sign-in");
        html.element("h2", "Or sign in with a passkey");
        html.element("p", "People enroll a passkey through a one-time link an admin creates for them (People page).");
        html.element("button", "Sign in with a passkey", "type", "button", "id", "passkey-sign-in");
        html.element(
                "p",
                "",
                "id",
                "passkey-sign-in-status",
                "role",
                "status",
                "aria-live",
                "polite",
                "data-passkey-status",
                "");
        html.close("div");
        layout.script(html, "passkeys.js");
    }
}
