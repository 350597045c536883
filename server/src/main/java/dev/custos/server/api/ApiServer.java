package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.ApiTokens;
import dev.custos.server.access.Caller;
import dev.custos.server.storage.Database;
import dev.custos.server.tls.HttpsConnector;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API v1 on Javalin (Jetty): authenticates bearer tokens, limits body size and call rate, makes creating POSTs
 * idempotent, and answers every refusal as {@code {"error":{"code","message"}}}. The routes themselves know nothing
 * of HTTP ({@link Route}, {@link Call}, {@link Reply}). HTTP/1.1 only: no HTTP/2 or WebSocket endpoints are enabled.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin javalin;
    private final List<Route> routes;

    private ApiServer(Javalin javalin, List<Route> routes) {
        this.javalin = javalin;
        this.routes = routes;
    }

    /** Starts serving {@code routes} on {@code host:port} (port 0 picks a free one). */
    public static ApiServer start(
            String host,
            int port,
            ApiSettings settings,
            Database database,
            ApiTokens tokens,
            List<Route> routes,
            Clock clock) {
        return start(
                host,
                port,
                settings,
                database,
                tokens,
                routes,
                clock,
                config -> {},
                Optional.empty(),
                CallObserver.NONE);
    }

    /**
     * Starts serving {@code routes} and whatever {@code pages} adds to the same server (the web console) on
     * {@code host:port}: over TLS with {@code tls} (then every answer carries Strict-Transport-Security), else plain
     * HTTP.
     */
    public static ApiServer start(
            String host,
            int port,
            ApiSettings settings,
            Database database,
            ApiTokens tokens,
            List<Route> routes,
            Clock clock,
            Consumer<JavalinConfig> pages,
            Optional<SSLContext> tls,
            CallObserver observer) {
        requireNonNull(pages, "pages is null");
        requireNonNull(tls, "tls is null");
        requireNonNull(observer, "observer is null");
        requireNonNull(host, "host is null");
        List<Route> all = List.copyOf(routes);
        Pipeline pipeline = new Pipeline(
                tokens,
                new IdempotencyKeys(database, clock),
                new RateLimiter(settings.callsPerSecond(), settings.burst(), clock),
                observer);
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.defaultContentType = "application/json";
            config.concurrency.useVirtualThreads = true;
            tls.ifPresent(context -> config.jetty.addConnector(
                    (server, http) -> HttpsConnector.create(server, http, context, host, port)));
            for (Route route : all) {
                config.routes.addHttpHandler(
                        HandlerType.findOrCreate(route.method()), route.path(), ctx -> pipeline.handle(route, ctx));
            }
            if (tls.isPresent()) {
                config.routes.before(ctx -> ctx.header("Strict-Transport-Security", "max-age=31536000"));
            }
            pages.accept(config);
            config.routes.exception(ApiException.class, (e, ctx) -> writeError(ctx, e));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> writeError(ctx, translate(e, ctx)));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
                writeError(ctx, new ApiException(500, "internal", "internal error; the server log has details"));
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    writeError(ctx, ApiException.notFound("no route " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(
                    405,
                    "*",
                    ctx -> writeError(
                            ctx,
                            new ApiException(
                                    405,
                                    "method_not_allowed",
                                    "method " + ctx.method() + " is not allowed on " + ctx.path())));
        });
        if (tls.isPresent()) {
            javalin.start();
        } else {
            javalin.start(host, port);
        }
        return new ApiServer(javalin, all);
    }

    private static ApiException translate(HttpResponseException e, Context ctx) {
        int status = e.getStatus() >= 400 && e.getStatus() <= 599 ? e.getStatus() : 400;
        String message = switch (status) {
            case 404 -> "no route " + ctx.method() + " " + ctx.path();
            case 413 -> "the request body is larger than this server accepts";
            default -> e.getMessage();
        };
        return new ApiException(status, code(status), message);
    }

    private static String code(int status) {
        return switch (status) {
            case 413 -> "body_too_large";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            default -> "bad_request";
        };
    }

    private static void writeError(Context ctx, ApiException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", e.code());
        error.put("message", e.getMessage());
        ctx.status(e.status()).contentType("application/json").result(StrictJson.write(Map.of("error", error)));
    }

    /** The port it listens on. */
    public int port() {
        return javalin.port();
    }

    /** The routes it serves. */
    public List<Route> routes() {
        return routes;
    }

    @Override
    public void close() {
        javalin.stop();
    }

    /** Authentication, rate limit and idempotency around each route. */
    private record Pipeline(
            ApiTokens tokens, IdempotencyKeys idempotency, RateLimiter rateLimiter, CallObserver observer) {
        void handle(Route route, Context ctx) {
            Optional<Caller> caller = Optional.empty();
            ClientOrigin origin = new ClientOrigin(ctx.ip(), Optional.ofNullable(ctx.header("User-Agent")));
            if (route.authenticated()) {
                Caller who = authenticate(ctx.header("Authorization"));
                rateLimiter.acquire(who.tokenHash());
                caller = Optional.of(who);
                observer.authenticated(who, origin);
            }
            String body = ctx.body();
            Call call = new Call(caller, ctx.pathParamMap(), ctx.queryParamMap(), body, Optional.of(origin));
            String key = ctx.header("Idempotency-Key");
            Reply reply;
            if (route.creates() && key != null && caller.isPresent()) {
                reply = idempotent(route, call, caller.get(), IdempotencyKeys.requireValidKey(key));
            } else {
                reply = route.endpoint().handle(call);
            }
            ctx.status(reply.status()).contentType(reply.contentType()).result(reply.body());
        }

        private Reply idempotent(Route route, Call call, Caller caller, String key) {
            String requestHash = sha256(route.key() + "\n" + call.pathParameters() + "\n" + call.body());
            IdempotencyKeys.Outcome outcome = idempotency.reserve(caller.tokenHash(), key, requestHash);
            if (outcome instanceof IdempotencyKeys.Outcome.Replay replay) {
                return replay.reply();
            }
            Reply reply;
            try {
                reply = route.endpoint().handle(call);
            } catch (RuntimeException e) {
                idempotency.release(caller.tokenHash(), key);
                throw e;
            }
            idempotency.complete(caller.tokenHash(), key, reply);
            return reply;
        }

        private Caller authenticate(String header) {
            if (header == null || header.isBlank()) {
                throw ApiException.unauthorized("missing 'Authorization: Bearer TOKEN' header");
            }
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.unauthorized("the Authorization header must be 'Bearer TOKEN'");
            }
            return tokens.authenticate(header.substring(7).trim())
                    .orElseThrow(() -> ApiException.unauthorized("unknown or revoked token"));
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
