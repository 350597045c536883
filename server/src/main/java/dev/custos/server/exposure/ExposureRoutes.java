package dev.custos.server.exposure;

import static java.util.Objects.requireNonNull;

import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.ExposureLimitException;
import dev.custos.exposure.json.ExposureJson;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.policy.PolicyStore.ActivePolicy;
import java.util.List;

/**
 * {@code GET /v1/exposure}: for each wallet the active policy declares, how many people an attacker must turn to sign
 * outside the policy, to get a transfer approved under it, and to loosen it (docs/PEOPLE.md). Admins and auditors
 * read it.
 */
public final class ExposureRoutes {
    private final ExposureCalculator calculator;
    private final PolicyStore policies;

    public ExposureRoutes(ExposureCalculator calculator, PolicyStore policies) {
        this.calculator = requireNonNull(calculator, "calculator is null");
        this.policies = requireNonNull(policies, "policies is null");
    }

    public List<Route> routes() {
        return List.of(Route.get("/v1/exposure", this::exposure));
    }

    private Reply exposure(Call call) {
        call.requireAnyRole("the exposure analysis needs the admin or auditor role", Role.ADMIN, Role.AUDITOR);
        ActivePolicy active = policies.active()
                .orElseThrow(() -> ApiException.conflict("no policy is active: exposure is measured against one"));
        try {
            return Reply.ok(ExposureJson.report(calculator.report(active.policy()), List.of()));
        } catch (ExposureInputException e) {
            throw ApiException.conflict("the registry, policy and committee do not fit together: " + e.getMessage());
        } catch (ExposureLimitException e) {
            throw new ApiException(422, "too_large", e.getMessage());
        }
    }
}
