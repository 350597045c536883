package dev.custos.server.console;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.ApiTokens;
import dev.custos.server.api.Route;
import dev.custos.server.console.alerts.AlertsPage;
import dev.custos.server.console.audit.AuditPage;
import dev.custos.server.console.governance.FreezeAction;
import dev.custos.server.console.governance.PolicyPage;
import dev.custos.server.console.governance.ShadowPage;
import dev.custos.server.console.nodes.NodesPage;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.passkeys.PasskeyPages;
import dev.custos.server.console.people.AccessReviewSection;
import dev.custos.server.console.people.PeoplePage;
import dev.custos.server.console.requests.RequestActions;
import dev.custos.server.console.requests.RequestPage;
import dev.custos.server.console.requests.RequestsPage;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.session.SessionStore;
import dev.custos.server.console.setup.SetupPage;
import dev.custos.server.console.signin.TokenSignIn;
import dev.custos.server.console.wallets.WalletsPage;
import dev.custos.server.console.web.Assets;
import dev.custos.server.console.web.SecurityHeaders;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.detection.SignInFeed;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.requests.RequestInspector;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;

/**
 * The web console (docs/CONSOLE.md): server-rendered pages at {@code /console/...} on the API's server, with
 * {@code /} leading to sign-in or the requests, and static assets at {@code /assets/}. Pages read and change data
 * through the API's own routes as the signed-in person ({@link ApiCalls}), except the request view, which decodes the
 * stored payload again ({@link RequestInspector}).
 */
public final class Console {
    private final ApiCalls api;
    private final RequestInspector inspector;
    private final AlertStore alerts;
    private final ApiTokens tokens;
    private final Passkeys passkeys;
    private final Clock clock;
    private final PeopleStore people;
    private final SignInFeed signIns;
    private final SessionStore sessions;
    private final Assets assets;
    private final Layout layout;

    /**
     * The console over {@code routes} (the API's routes, called in-process).
     *
     * @param routes the API's routes
     * @param inspector decodes stored requests for the request view
     * @param alerts the alerts (with the requests that raised them)
     * @param tokens the API tokens people sign in with
     * @param passkeys the passkey ceremonies (enrollment, sign-in, approvals)
     * @param people the people registry (the roles of a passkey session)
     * @param signIns where sign-ins are recorded (audit log and detection)
     * @param sessions the console sessions
     * @param clock the server's clock
     */
    public Console(
            List<Route> routes,
            RequestInspector inspector,
            AlertStore alerts,
            ApiTokens tokens,
            Passkeys passkeys,
            PeopleStore people,
            SignInFeed signIns,
            SessionStore sessions,
            Clock clock) {
        this.signIns = requireNonNull(signIns, "signIns is null");
        this.api = new ApiCalls(routes);
        this.inspector = requireNonNull(inspector, "inspector is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.passkeys = requireNonNull(passkeys, "passkeys is null");
        this.people = requireNonNull(people, "people is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.clock = clock;
        this.assets = Assets.console();
        this.layout = new Layout(assets);
    }

    /** Adds the console's handlers to the server's configuration. */
    public void register(JavalinConfig config) {
        ConsoleRouter router = new ConsoleRouter(sessions, layout, config);
        for (String entry : List.of("/", "/console", "/console/")) {
            config.routes.addHttpHandler(HandlerType.GET, entry, ctx -> {
                SecurityHeaders.page(ctx);
                ctx.redirect(
                        router.session(ctx).isPresent() ? "/console/requests" : ConsoleRouter.SIGN_IN,
                        HttpStatus.SEE_OTHER);
            });
        }
        config.routes.addHttpHandler(HandlerType.GET, Assets.PREFIX + "{name}", ctx -> {
            SecurityHeaders.asset(ctx);
            assets.find(ctx.pathParam("name"))
                    .ifPresentOrElse(
                            asset -> ctx.contentType(asset.contentType()).result(asset.bytes()),
                            () -> ctx.status(404)
                                    .contentType("text/plain; charset=utf-8")
                                    .result("no such asset"));
        });
        new TokenSignIn(tokens, sessions, layout, signIns).register(config, router);
        new PasskeyPages(passkeys, people, sessions, layout, api, signIns).register(config, router);
        new SetupPage(api, layout, clock).register(router);
        router.signOut("/console/sign-out", sessions::end);
        router.signOut(
                "/console/sign-out-everywhere",
                session -> sessions.endAll(session.caller().name()));
        RequestsPage requests = new RequestsPage(api, layout);
        router.page("/console/requests", requests::render);
        router.page("/console/requests/{id}", new RequestPage(inspector, alerts, layout, api)::render);
        new RequestActions(api).register(router);
        new AlertsPage(api, layout).register(router);
        router.page("/console/wallets", new WalletsPage(api, layout)::render);
        router.page("/console/policy", new PolicyPage(api, layout)::render);
        new FreezeAction(api).register(router);
        new ShadowPage(api, layout).register(router);
        router.page("/console/people", new PeoplePage(api, layout)::render);
        new AccessReviewSection(api).register(router);
        router.page("/console/nodes", new NodesPage(api, layout)::render);
        new AuditPage(api, layout).register(router);
        router.notFound("/console/<rest>");
    }
}
