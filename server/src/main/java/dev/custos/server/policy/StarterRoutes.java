package dev.custos.server.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.wallets.WalletStore;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Drafts from the server's state, for admins: {@code GET /v1/policy/starter}, a first policy ({@link StarterPolicy});
 * {@code GET /v1/policy/passkey-draft}, the next version of the active policy with the passkeys people enrolled since
 * ({@link PolicyPasskeys}), to propose as a governed change.
 */
public final class StarterRoutes {
    private final WalletStore wallets;
    private final PeopleStore people;
    private final Passkeys passkeys;
    private final PolicyStore policies;
    private final Supplier<String> verdictKey;
    private final Clock clock;

    public StarterRoutes(
            WalletStore wallets,
            PeopleStore people,
            Passkeys passkeys,
            PolicyStore policies,
            Supplier<String> verdictKey,
            Clock clock) {
        this.policies = requireNonNull(policies, "policies is null");
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.people = requireNonNull(people, "people is null");
        this.passkeys = requireNonNull(passkeys, "passkeys is null");
        this.verdictKey = requireNonNull(verdictKey, "verdictKey is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/v1/policy/starter", this::starter),
                Route.get("/v1/policy/passkey-draft", this::passkeyDraft));
    }

    /** The draft, for the console's first-steps page too. */
    public String draft() {
        return StarterPolicy.draft(
                        wallets.all(),
                        people.all(),
                        passkeys.store(),
                        passkeys.origin(),
                        verdictKey.get(),
                        clock.instant())
                .toPrettyString();
    }

    private Reply passkeyDraft(Call call) {
        call.requireRole(Role.ADMIN);
        PolicyStore.ActivePolicy active = policies.active()
                .orElseThrow(() -> ApiException.notFound("no policy is active yet; GET /v1/policy/starter drafts one"));
        ObjectNode next = (ObjectNode) StrictJson.tree(active.document());
        int added = PolicyPasskeys.add(next, people.all(), passkeys.store(), passkeys.origin());
        next.put("policy_version", active.policy().version() + 1);
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.put("added_passkeys", added);
        answer.set("document", next);
        return Reply.ok(answer);
    }

    private Reply starter(Call call) {
        call.requireRole(Role.ADMIN);
        return Reply.text("application/json", draft());
    }
}
