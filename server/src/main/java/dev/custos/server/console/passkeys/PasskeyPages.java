package dev.custos.server.console.passkeys;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.session.ConsoleSession;
import dev.custos.server.console.session.SessionStore;
import dev.custos.server.console.web.SecurityHeaders;
import dev.custos.server.console.web.SessionCookie;
import dev.custos.server.detection.SignInFeed;
import dev.custos.server.passkeys.PasskeyException;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.people.Person;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's passkey routes: the enrollment page a one-time link opens ({@code /console/enroll#TOKEN}), sign-in
 * with a passkey (a discoverable credential; the session gets the person's roles from the registry), and approving a
 * request with a passkey. The approval goes through the API's own approval route as the signed-in person, so the
 * server verifies the assertion (challenge = the request's approval digest) and the policy and every node verify it
 * again.
 */
public final class PasskeyPages {
    /** The enrollment page. */
    public static final String ENROLL = "/console/enroll";

    private final Passkeys passkeys;
    private final PeopleStore people;
    private final SessionStore sessions;
    private final Layout layout;
    private final ApiCalls api;
    private final SignInFeed signIns;

    public PasskeyPages(
            Passkeys passkeys,
            PeopleStore people,
            SessionStore sessions,
            Layout layout,
            ApiCalls api,
            SignInFeed signIns) {
        this.signIns = requireNonNull(signIns, "signIns is null");
        this.passkeys = requireNonNull(passkeys, "passkeys is null");
        this.people = requireNonNull(people, "people is null");
        this.sessions = requireNonNull(sessions, "sessions is null");
        this.layout = requireNonNull(layout, "layout is null");
        this.api = requireNonNull(api, "api is null");
    }

    /** Adds the routes. */
    public void register(JavalinConfig config, ConsoleRouter router) {
        config.routes.addHttpHandler(HandlerType.GET, ENROLL, ctx -> {
            SecurityHeaders.page(ctx);
            ctx.html(enrollPage());
        });
        config.routes.addHttpHandler(
                HandlerType.POST,
                "/console/passkey/sign-in/start",
                ctx -> ConsoleJson.answer(ctx, () -> startSignIn(ctx)));
        config.routes.addHttpHandler(
                HandlerType.POST,
                "/console/passkey/sign-in/finish",
                ctx -> ConsoleJson.answer(ctx, () -> finishSignIn(ctx)));
        config.routes.addHttpHandler(
                HandlerType.GET,
                "/console/requests/{id}/passkey-options",
                ctx -> ConsoleJson.answer(ctx, () -> approvalOptions(ctx, signedIn(router, ctx))));
        config.routes.addHttpHandler(
                HandlerType.POST,
                "/console/requests/{id}/passkey-approval",
                ctx -> ConsoleJson.answer(ctx, () -> approve(ctx, signedIn(router, ctx))));
        config.routes.addHttpHandler(
                HandlerType.GET,
                "/console/proposals/{id}/passkey-options",
                ctx -> ConsoleJson.answer(ctx, () -> changeOptions(ctx, signedIn(router, ctx))));
        config.routes.addHttpHandler(
                HandlerType.POST,
                "/console/proposals/{id}/passkey-approval",
                ctx -> ConsoleJson.answer(ctx, () -> approveChange(ctx, signedIn(router, ctx))));
    }

    private static ConsoleSession signedIn(ConsoleRouter router, Context ctx) {
        return router.session(ctx).orElseThrow(() -> ApiException.unauthorized("sign in to the console first"));
    }

    private String enrollPage() {
        return layout.page("Enroll a passkey", Optional.empty(), html -> {
            html.element(
                    "p",
                    "An admin gave you this one-time link. Enrolling binds a passkey on this device to your name. It"
                            + " lets you sign in to the console at once; it counts for approvals once the active"
                            + " policy names it (a governed change that admins approve).");
            html.element("button", "Enroll a passkey", "type", "button", "id", "enroll-passkey", "class", "primary");
            html.element(
                    "p", "", "id", "enroll-status", "role", "status", "aria-live", "polite", "data-passkey-status", "");
            html.open("p", "id", "enroll-next", "hidden", "");
            html.element("a", "Sign in with your passkey", "href", ConsoleRouter.SIGN_IN);
            html.close("p");
            layout.script(html, "passkeys.js");
        });
    }

    private Object startSignIn(Context ctx) {
        ConsoleJson.body(ctx);
        Passkeys.Ceremony ceremony = passkeys.startSignIn();
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.put("ceremony", ceremony.id());
        answer.set("options", StrictJson.tree(ceremony.optionsJson()));
        return answer;
    }

    private Object finishSignIn(Context ctx) {
        JsonFields fields = JsonFields.of(ConsoleJson.body(ctx), Set.of("ceremony", "credential"));
        JsonNode credential = fields.optionalObject("credential")
                .orElseThrow(() -> ApiException.badRequest("field 'credential' is missing"));
        Passkeys.SignIn signIn;
        try {
            signIn = passkeys.finishSignIn(fields.text("ceremony"), credential.toString());
        } catch (PasskeyException e) {
            throw ApiException.unauthorized(e.getMessage());
        }
        String person = signIn.person();
        Caller caller = caller(person);
        String cookie = sessions.start(caller, "passkey:" + person);
        signIns.signedIn(person, "webauthn", ctx.ip(), ctx.header("User-Agent"), signIn.credentialId());
        SessionCookie.write(ctx, cookie);
        return Map.of("person", person, "next", "/console/requests");
    }

    /** The signed-in person as a caller: their name and the roles the registry gives them now. */
    private Caller caller(String person) {
        Person registered = people.find(person)
                .orElseThrow(() -> ApiException.forbidden(person + " is no longer in the people registry"));
        if (people.departures().containsKey(person)) {
            throw ApiException.forbidden(person + " was offboarded and cannot sign in");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        registered.roles().forEach(role -> Role.fromWire(role).ifPresent(roles::add));
        if (roles.contains(Role.INITIATOR) && roles.contains(Role.APPROVER)) {
            // as no token carries both (TokenRoutes): the console does not submit requests, so the session approves
            roles.remove(Role.INITIATOR);
        }
        if (roles.isEmpty()) {
            throw ApiException.forbidden(person + " has no role in the people registry");
        }
        return new Caller("passkey:" + person, person, roles);
    }

    private Object approvalOptions(Context ctx, ConsoleSession session) {
        String id = Text.requireId(ctx.pathParam("id"), "the request id");
        Caller caller = session.caller();
        String options = api.getText(caller, "/v1/requests/" + id + "/passkey-options");
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.set("options", StrictJson.tree(options));
        return answer;
    }

    private Object changeOptions(Context ctx, ConsoleSession session) {
        String id = Text.requireId(ctx.pathParam("id"), "the proposal id");
        String options = api.getText(session.caller(), "/v1/policy/proposals/" + id + "/passkey-options");
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.set("options", StrictJson.tree(options));
        return answer;
    }

    private Object approveChange(Context ctx, ConsoleSession session) {
        JsonFields fields = JsonFields.of(ConsoleJson.body(ctx), Set.of("credential"));
        ConsoleJson.requireCsrf(ctx, session);
        JsonNode credential = fields.optionalObject("credential")
                .orElseThrow(() -> ApiException.badRequest("field 'credential' is missing"));
        String id = Text.requireId(ctx.pathParam("id"), "the proposal id");
        ObjectNode body = StrictJson.mapper().createObjectNode();
        body.put("admin", session.caller().name());
        body.set("passkey", credential);
        JsonNode approved = api.post(
                session.caller(),
                ConsoleRouter.origin(ctx),
                "/v1/policy/proposals/" + id + "/approvals",
                body.toString());
        return Map.of("status", approved.path("status").asText());
    }

    private Object approve(Context ctx, ConsoleSession session) {
        JsonFields fields = JsonFields.of(ConsoleJson.body(ctx), Set.of("credential"));
        ConsoleJson.requireCsrf(ctx, session);
        JsonNode credential = fields.optionalObject("credential")
                .orElseThrow(() -> ApiException.badRequest("field 'credential' is missing"));
        String id = Text.requireId(ctx.pathParam("id"), "the request id");
        Caller caller = session.caller();
        JsonNode request = api.get(caller, "/v1/requests/" + id, Map.of());
        ObjectNode body = StrictJson.mapper().createObjectNode();
        body.put("approver", caller.name());
        body.put("expires_at", request.at("/approval/expires_at").asText());
        body.set("passkey", credential);
        JsonNode approved = api.post(caller, "/v1/requests/" + id + "/approvals", body.toString());
        return Map.of("status", approved.path("status").asText());
    }
}
