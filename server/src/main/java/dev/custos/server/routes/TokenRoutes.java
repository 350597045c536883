package dev.custos.server.routes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.custos.server.access.ApiTokens;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * {@code POST /v1/tokens}: an admin issues an API token to a person for some roles. The token is shown once, in the
 * answer; the server keeps only its hash. A token is never issued with both the initiator and the approver role, so
 * that the token that submits a request cannot also approve it.
 */
public final class TokenRoutes {
    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final ToIntFunction<String> endSessions;

    /**
     * The body: who the token is for and its roles.
     *
     * @param name the person (1 to 100 characters)
     * @param roles wire names of roles
     */
    record TokenBody(String name, @JsonProperty("roles") List<String> roles) {
        TokenBody {
            requireNonNull(name, "field 'name' is missing");
            requireNonNull(roles, "field 'roles' is missing");
            if (name.isBlank() || name.length() > 100) {
                throw new IllegalArgumentException("field 'name' must be 1 to 100 characters");
            }
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("field 'roles' must name at least one role");
            }
        }
    }

    /**
     * The routes over {@code tokens}; {@code endSessions} ends every console session of a person (when their tokens are
     * revoked, the sessions those tokens opened end too) and answers how many.
     */
    public TokenRoutes(ApiTokens tokens, AuditTrail audit, ToIntFunction<String> endSessions) {
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.endSessions = requireNonNull(endSessions, "endSessions is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    public List<Route> routes() {
        return List.of(Route.create("/v1/tokens", this::issue), Route.post("/v1/tokens/revoke", this::revoke));
    }

    /** Revokes every token of a name and ends that person's console sessions (offboarding, a lost device). */
    private Reply revoke(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        String name =
                JsonFields.of(StrictJson.tree(call.body()), Set.of("name")).text("name");
        int revoked = tokens.revokeAll(name);
        int sessions = endSessions.applyAsInt(name);
        audit.record(admin.name(), "token.revoked", name, Map.of("tokens", revoked, "console_sessions", sessions));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", name);
        answer.put("revoked_tokens", revoked);
        answer.put("ended_sessions", sessions);
        return Reply.ok(answer);
    }

    private Reply issue(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        TokenBody body = call.body(TokenBody.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < body.roles().size(); i++) {
            String name = body.roles().get(i);
            roles.add(Role.fromWire(name == null ? "" : name)
                    .orElseThrow(() -> ApiException.badRequest("field 'roles' names an unknown role '" + name + "'")));
        }
        if (roles.contains(Role.INITIATOR) && roles.contains(Role.APPROVER)) {
            throw ApiException.badRequest(
                    "a token is not issued with both initiator and approver: the initiator of a request never approves it");
        }
        String token = tokens.issue(body.name(), roles);
        audit.record(
                admin.name(),
                "token.issued",
                body.name(),
                Map.of("roles", roles.stream().map(Role::wireName).sorted().toList()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("name", body.name());
        answer.put("roles", roles.stream().map(Role::wireName).sorted().toList());
        answer.put("token", token);
        return Reply.created(answer);
    }
}
