package dev.custos.server.exposure;

import static java.util.Objects.requireNonNull;

import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.ExposureLimitException;
import dev.custos.exposure.analysis.ExposureAnalysis;
import dev.custos.exposure.committee.Committee;
import dev.custos.exposure.committee.SigningSet;
import dev.custos.exposure.json.ExposureJson;
import dev.custos.exposure.powers.PolicyReading;
import dev.custos.exposure.registry.Employment;
import dev.custos.exposure.registry.Person;
import dev.custos.exposure.registry.Registry;
import dev.custos.exposure.registry.Role;
import dev.custos.exposure.registry.Vetting;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.nodes.NodeRoutes;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.policy.PolicyStore.ActivePolicy;
import dev.custos.server.signing.SignerCluster;
import dev.custos.server.wallets.StoredWallet;
import dev.custos.server.wallets.WalletStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/exposure}: for each wallet the active policy declares, how many people an attacker must turn to sign
 * outside the policy, to get a transfer approved under it, and to loosen it — from the people registry, who operates
 * which node, the active policy and the committee (docs/PEOPLE.md). Admins and auditors read it.
 */
public final class ExposureRoutes {
    private final PeopleStore people;
    private final NodeRoutes nodes;
    private final PolicyStore policies;
    private final WalletStore wallets;
    private final SignerCluster cluster;
    private final Clock clock;

    public ExposureRoutes(
            PeopleStore people,
            NodeRoutes nodes,
            PolicyStore policies,
            WalletStore wallets,
            SignerCluster cluster,
            Clock clock) {
        this.people = requireNonNull(people, "people is null");
        this.nodes = requireNonNull(nodes, "nodes is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public List<Route> routes() {
        return List.of(Route.get("/v1/exposure", this::exposure));
    }

    private Reply exposure(Call call) {
        if (!call.requireCaller().has(dev.custos.server.access.Role.ADMIN)
                && !call.requireCaller().has(dev.custos.server.access.Role.AUDITOR)) {
            throw ApiException.forbidden("the exposure analysis needs the admin or auditor role");
        }
        ActivePolicy active = policies.active()
                .orElseThrow(() -> ApiException.conflict("no policy is active: exposure is measured against one"));
        Instant now = clock.instant();
        try {
            return Reply.ok(ExposureJson.report(
                    ExposureAnalysis.analyse(
                            registry(), PolicyReading.read(active.policy(), Set.of()), committee(active), now),
                    List.of()));
        } catch (ExposureInputException e) {
            throw ApiException.conflict("the registry, policy and committee do not fit together: " + e.getMessage());
        } catch (ExposureLimitException e) {
            throw new ApiException(422, "too_large", e.getMessage());
        }
    }

    /** The registry as the server knows it: people with their roles and vetting, and the nodes each operates. */
    private Registry registry() {
        Map<String, List<String>> operated = new LinkedHashMap<>();
        nodes.operators()
                .forEach((node, operators) ->
                        operators.forEach(operator -> operated.computeIfAbsent(operator, name -> new ArrayList<>())
                                .add(node)));
        List<Person> registered = new ArrayList<>();
        for (dev.custos.server.people.Person person : people.all()) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            person.roles().forEach(role -> Role.fromWireName(role).ifPresent(roles::add));
            Vetting vetting = new Vetting(
                    person.vetting().level(), Instant.parse(person.vetting().validUntil()), "");
            registered.add(new Person(
                    person.name(),
                    roles,
                    Employment.ACTIVE,
                    Optional.of(vetting),
                    operated.getOrDefault(person.name(), List.of()),
                    List.of()));
        }
        return new Registry(registered, List.of());
    }

    /**
     * The committee: every wallet the policy declares and the server holds signs with its own nodes and threshold.
     * The committee's admins are not counted here: in {@code custos start-dev} one dev admin key on the server's
     * disk signs the committee and the policies (docs/SERVER.md), which no person in the registry holds.
     */
    private Committee committee(ActivePolicy active) {
        Map<String, SigningSet> sets = new LinkedHashMap<>();
        for (StoredWallet wallet : wallets.all()) {
            if (active.policy().wallet(wallet.id()).isPresent()) {
                sets.put(wallet.id(), new SigningSet(wallet.nodes(), wallet.threshold()));
            }
        }
        return new Committee(Optional.of(new SigningSet(cluster.nodeNames(), cluster.threshold())), sets, List.of(), 0);
    }
}
