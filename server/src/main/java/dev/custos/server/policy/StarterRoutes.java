package dev.custos.server.policy;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.Role;
import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.wallets.WalletStore;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/** {@code GET /v1/policy/starter} (admin): a first policy drafted from the server's state ({@link StarterPolicy}). */
public final class StarterRoutes {
    private final WalletStore wallets;
    private final PeopleStore people;
    private final Passkeys passkeys;
    private final Supplier<String> verdictKey;
    private final Clock clock;

    public StarterRoutes(
            WalletStore wallets, PeopleStore people, Passkeys passkeys, Supplier<String> verdictKey, Clock clock) {
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.people = requireNonNull(people, "people is null");
        this.passkeys = requireNonNull(passkeys, "passkeys is null");
        this.verdictKey = requireNonNull(verdictKey, "verdictKey is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public List<Route> routes() {
        return List.of(Route.get("/v1/policy/starter", this::starter));
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

    private Reply starter(Call call) {
        call.requireRole(Role.ADMIN);
        return Reply.text("application/json", draft());
    }
}
