package dev.custos.server.policy;

import static java.util.Objects.requireNonNull;

import dev.custos.policy.PolicyInputException;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.policy.PolicyStore.ActivePolicy;
import dev.custos.server.signing.SignerCluster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/policy}: {@code PUT} activates the first policy (bootstrap, admin only, while none is active: 409
 * afterwards, when changes go through governed proposals); {@code GET} returns the active one. Activating signs the
 * document with the admin quorum's key and installs it on every node before the server counts it as active.
 */
public final class PolicyRoutes {
    private final PolicyStore policies;
    private final SignerCluster cluster;
    private final AuditTrail audit;

    public PolicyRoutes(PolicyStore policies, SignerCluster cluster, AuditTrail audit) {
        this.policies = requireNonNull(policies, "policies is null");
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    public List<Route> routes() {
        return List.of(Route.put("/v1/policy", this::bootstrap), Route.get("/v1/policy", this::active));
    }

    private Reply bootstrap(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        StrictJson.tree(call.body()); // refuses duplicate keys and trailing content with the same messages as elsewhere
        Policy policy;
        try {
            policy = PolicyParser.parse(call.body());
        } catch (PolicyInputException | IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (policies.active().isPresent()) {
            throw ApiException.conflict("a policy is active (version "
                    + policies.active().get().policy().version()
                    + "); changes go through governed proposals (POST /v1/policy/proposals)");
        }
        ActivePolicy active = new ActivePolicy(call.body(), policy);
        boolean activated = policies.bootstrap(active, () -> {
            try {
                cluster.installPolicy(active.bytes(), policy.version());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                throw ApiException.conflict("the nodes refused the policy: " + e.getMessage());
            }
        });
        if (!activated) {
            throw ApiException.conflict("a policy is active; changes go through governed proposals");
        }
        audit.record(
                admin.name(),
                "policy.bootstrapped",
                "policy",
                Map.of(
                        "policy_version", policy.version(),
                        "sha256", HexFormat.of().formatHex(sha256(active.bytes()))));
        return Reply.ok(Map.of("policy_version", policy.version()));
    }

    private Reply active(Call call) {
        call.requireCaller();
        ActivePolicy active =
                policies.active().orElseThrow(() -> ApiException.notFound("no policy is active yet (PUT /v1/policy)"));
        return Reply.ok(StrictJson.tree(active.document()));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
