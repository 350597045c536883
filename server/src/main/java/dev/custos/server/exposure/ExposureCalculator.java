package dev.custos.server.exposure;

import static java.util.Objects.requireNonNull;

import dev.custos.exposure.analysis.ExposureAnalysis;
import dev.custos.exposure.analysis.ExposureReport;
import dev.custos.exposure.committee.Committee;
import dev.custos.exposure.committee.SigningSet;
import dev.custos.exposure.powers.PolicyReading;
import dev.custos.exposure.registry.Employment;
import dev.custos.exposure.registry.Person;
import dev.custos.exposure.registry.Registry;
import dev.custos.exposure.registry.Role;
import dev.custos.exposure.registry.Vetting;
import dev.custos.policy.model.Policy;
import dev.custos.server.hosts.ResourceStore;
import dev.custos.server.nodes.NodeRoutes;
import dev.custos.server.people.PeopleStore;
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
 * The exposure analysis (docs/PEOPLE.md) of a policy against what the server knows now: the people registry with
 * their roles, vetting and employment, who operates which node, the hosts and cloud accounts that run nodes and who
 * can reach them, the wallets and the committee's nodes and threshold. Used for
 * {@code GET /v1/exposure} and to show what a proposed policy change does to the figures before it applies.
 */
public final class ExposureCalculator {
    private final PeopleStore people;
    private final NodeRoutes nodes;
    private final ResourceStore resources;
    private final WalletStore wallets;
    private final SignerCluster cluster;
    private final Clock clock;

    public ExposureCalculator(
            PeopleStore people,
            NodeRoutes nodes,
            ResourceStore resources,
            WalletStore wallets,
            SignerCluster cluster,
            Clock clock) {
        this.resources = requireNonNull(resources, "resources is null");
        this.people = requireNonNull(people, "people is null");
        this.nodes = requireNonNull(nodes, "nodes is null");
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * The figures under {@code policy}.
     *
     * @throws dev.custos.exposure.ExposureInputException when the registry, policy and committee do not fit together
     * @throws dev.custos.exposure.ExposureLimitException when an exact answer is beyond the search budget
     */
    public ExposureReport report(Policy policy) {
        Instant now = clock.instant();
        return ExposureAnalysis.analyse(registry(), PolicyReading.read(policy, Set.of()), committee(policy), now);
    }

    /**
     * The registry as the server knows it: people with their roles, vetting and employment (left once offboarded,
     * leaving once announced), the nodes each operates, the hosts and cloud accounts each can reach, and those
     * resources with the nodes they run and the resources they contain.
     */
    private Registry registry() {
        Map<String, List<String>> operated = new LinkedHashMap<>();
        nodes.operators()
                .forEach((node, operators) ->
                        operators.forEach(operator -> operated.computeIfAbsent(operator, name -> new ArrayList<>())
                                .add(node)));
        List<Person> registered = new ArrayList<>();
        Map<String, Instant> departed = people.departures();
        Set<String> leaving = people.leavers().keySet();
        Map<String, List<String>> access = resources.access();
        for (dev.custos.server.people.Person person : people.all()) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            person.roles().forEach(role -> Role.fromWireName(role).ifPresent(roles::add));
            Vetting vetting = new Vetting(
                    person.vetting().level(), Instant.parse(person.vetting().validUntil()), "");
            registered.add(new Person(
                    person.name(),
                    roles,
                    departed.containsKey(person.name())
                            ? Employment.LEFT
                            : leaving.contains(person.name()) ? Employment.LEAVING : Employment.ACTIVE,
                    Optional.of(vetting),
                    operated.getOrDefault(person.name(), List.of()),
                    access.getOrDefault(person.name(), List.of())));
        }
        return new Registry(registered, List.copyOf(resources.all().values()));
    }

    /**
     * The committee: every wallet the policy declares and the server holds signs with its own nodes and threshold.
     * The committee's admins are not counted: in {@code custos start-dev} one dev admin key on the server's disk signs
     * the committee and the policies (docs/SERVER.md), which no person in the registry holds.
     */
    private Committee committee(Policy policy) {
        Map<String, SigningSet> sets = new LinkedHashMap<>();
        for (StoredWallet wallet : wallets.all()) {
            if (policy.wallet(wallet.id()).isPresent()) {
                sets.put(wallet.id(), new SigningSet(wallet.nodes(), wallet.threshold()));
            }
        }
        return new Committee(Optional.of(new SigningSet(cluster.nodeNames(), cluster.threshold())), sets, List.of(), 0);
    }
}
