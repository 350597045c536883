package dev.custos.server.console.routing;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.ApiException;
import dev.custos.server.api.ClientOrigin;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.pages.Forms;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.session.ConsoleSession;
import dev.custos.server.console.session.SessionStore;
import dev.custos.server.console.web.OriginCheck;
import dev.custos.server.console.web.SecurityHeaders;
import dev.custos.server.console.web.SessionCookie;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts console handlers on the server: pages need a live session (else they redirect to sign-in), actions need a
 * live session, this server's Origin and the session's CSRF token (compared in constant time), and every answer gets
 * the console's security headers. Refusals from the API routes become error pages with the API's message.
 */
public final class ConsoleRouter {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleRouter.class);
    /** Where people sign in. */
    public static final String SIGN_IN = "/console/sign-in";

    private final SessionStore sessions;
    private final Layout layout;
    private final JavalinConfig config;

    public ConsoleRouter(SessionStore sessions, Layout layout, JavalinConfig config) {
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.layout = requireNonNull(layout, "layout is null");
        this.config = requireNonNull(config, "config is null");
    }

    /** What a page or action handler gets. */
    public record PageRequest(
            ConsoleSession session,
            Map<String, String> path,
            Map<String, List<String>> query,
            Map<String, List<String>> form,
            Optional<ClientOrigin> origin) {
        /** A single form or query value, if given once and not blank. */
        public Optional<String> value(String name) {
            List<String> values = form.getOrDefault(name, query.getOrDefault(name, List.of()));
            return values.size() == 1 && !values.get(0).isBlank() ? Optional.of(values.get(0)) : Optional.empty();
        }
    }

    /** Renders a page (a whole HTML document). */
    @FunctionalInterface
    public interface PageHandler {
        String render(PageRequest request);
    }

    /** Performs a POST and answers where to go next (a console path). */
    @FunctionalInterface
    public interface ActionHandler {
        String perform(PageRequest request);
    }

    /** Answers JSON to a console script. */
    @FunctionalInterface
    public interface JsonHandler {
        Object answer(PageRequest request);
    }

    /** A GET page behind sign-in. */
    public void page(String path, PageHandler handler) {
        config.routes.addHttpHandler(
                HandlerType.GET,
                path,
                ctx -> signedIn(ctx, false, session -> ctx.html(handler.render(request(ctx, session, Map.of())))));
    }

    /** A POST behind sign-in, Origin check and CSRF token; answers with a 303 to where the handler says. */
    public void action(String path, ActionHandler handler) {
        config.routes.addHttpHandler(
                HandlerType.POST,
                path,
                ctx -> signedIn(ctx, true, session -> {
                    String next = handler.perform(request(ctx, session, ctx.formParamMap()));
                    if (next.equals(SIGN_IN)) {
                        SessionCookie.clear(ctx);
                    }
                    ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
                }));
    }

    /**
     * A POST that ends sessions ({@code ending} gets the live session): behind the same checks as {@link #action}; it
     * clears the session cookie and leads to sign-in.
     */
    public void signOut(String path, java.util.function.Consumer<ConsoleSession> ending) {
        action(path, request -> {
            ending.accept(request.session());
            return SIGN_IN;
        });
    }

    /**
     * A POST behind sign-in, Origin check and CSRF token that answers with a page rather than a redirect: for results
     * shown once (an enrollment link), which must not travel in a URL.
     */
    public void actionPage(String path, PageHandler handler) {
        config.routes.addHttpHandler(
                HandlerType.POST,
                path,
                ctx -> signedIn(
                        ctx, true, session -> ctx.html(handler.render(request(ctx, session, ctx.formParamMap())))));
    }

    /**
     * Runs {@code body} for the live session of {@code ctx} (else leads to sign-in), after the Origin and CSRF checks
     * when {@code posted}; refusals and failures become error pages.
     */
    private void signedIn(Context ctx, boolean posted, java.util.function.Consumer<ConsoleSession> body) {
        SecurityHeaders.page(ctx);
        Optional<ConsoleSession> session = session(ctx);
        if (session.isEmpty()) {
            ctx.redirect(SIGN_IN, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        String refusal = posted ? refusal(ctx, session.get()) : null;
        if (refusal != null) {
            error(ctx, session, 403, refusal);
            return;
        }
        try {
            body.accept(session.get());
        } catch (ApiException e) {
            error(ctx, session, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("console {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, session, 500, "internal error; the server log has details");
        }
    }

    /** A GET answering JSON to a console script, behind sign-in (401 without a session). */
    public void json(String path, JsonHandler handler) {
        config.routes.addHttpHandler(HandlerType.GET, path, ctx -> {
            SecurityHeaders.page(ctx);
            Optional<ConsoleSession> session = session(ctx);
            try {
                if (session.isEmpty()) {
                    throw ApiException.unauthorized("sign in to the console first");
                }
                ctx.contentType("application/json")
                        .result(StrictJson.write(handler.answer(request(ctx, session.get(), Map.of()))));
            } catch (ApiException e) {
                ctx.status(e.status())
                        .contentType("application/json")
                        .result(StrictJson.write(Map.of("error", Map.of("code", e.code(), "message", e.getMessage()))));
            }
        });
    }

    /** An HTML 404, with the console's headers, for every other GET under {@code path} (register it last). */
    public void notFound(String path) {
        config.routes.addHttpHandler(HandlerType.GET, path, ctx -> {
            SecurityHeaders.page(ctx);
            error(ctx, session(ctx), 404, "There is no console page " + ctx.path() + ".");
        });
    }

    /** The live session of this request, if any. */
    public Optional<ConsoleSession> session(Context ctx) {
        return sessions.find(SessionCookie.read(ctx));
    }

    /** Renders an error page with {@code status}. */
    public void error(Context ctx, Optional<ConsoleSession> session, int status, String message) {
        String title = switch (status) {
            case 400 -> "That cannot be done";
            case 401 -> "Please sign in";
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            default -> "Something went wrong";
        };
        ctx.status(status)
                .html(layout.page(
                        title, session, html -> html.element("p", message, "class", "error", "role", "alert")));
    }

    private static String refusal(Context ctx, ConsoleSession session) {
        String origin = OriginCheck.refusal(ctx);
        if (origin != null) {
            return origin;
        }
        List<String> tokens = ctx.formParamMap().getOrDefault(Forms.CSRF_FIELD, List.of());
        if (tokens.size() != 1
                || !MessageDigest.isEqual(
                        tokens.get(0).getBytes(StandardCharsets.UTF_8),
                        session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            return "the form's CSRF token is missing or wrong; reload the page and try again";
        }
        return null;
    }

    private static PageRequest request(Context ctx, ConsoleSession session, Map<String, List<String>> form) {
        return new PageRequest(session, ctx.pathParamMap(), ctx.queryParamMap(), form, origin(ctx));
    }

    /** Where a console call comes from: the browser's address and User-Agent. */
    public static Optional<ClientOrigin> origin(Context ctx) {
        String ip = ctx.ip();
        return ip == null || ip.isBlank()
                ? Optional.empty()
                : Optional.of(new ClientOrigin(ip, Optional.ofNullable(ctx.header("User-Agent"))));
    }
}
