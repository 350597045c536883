package dev.custos.server.reviews;

import static java.util.Objects.requireNonNull;

import dev.custos.exposure.registry.Resource;
import dev.custos.policy.model.Approver;
import dev.custos.server.access.ApiTokens;
import dev.custos.server.access.Role;
import dev.custos.server.hosts.ResourceStore;
import dev.custos.server.nodes.NodeRoutes;
import dev.custos.server.passkeys.Passkey;
import dev.custos.server.passkeys.PasskeyStore;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.people.Person;
import dev.custos.server.policy.PolicyStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Gathers {@link PersonPowers} from the registry, the active policy, the node operators, hosts, tokens, passkeys. */
public final class PowerCatalogue {
    private final PeopleStore people;
    private final PolicyStore policies;
    private final NodeRoutes nodes;
    private final ResourceStore resources;
    private final ApiTokens tokens;
    private final PasskeyStore passkeys;

    public PowerCatalogue(
            PeopleStore people,
            PolicyStore policies,
            NodeRoutes nodes,
            ResourceStore resources,
            ApiTokens tokens,
            PasskeyStore passkeys) {
        this.people = requireNonNull(people, "people is null");
        this.policies = requireNonNull(policies, "policies is null");
        this.nodes = requireNonNull(nodes, "nodes is null");
        this.resources = requireNonNull(resources, "resources is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.passkeys = requireNonNull(passkeys, "passkeys is null");
    }

    /** Everyone's powers, by name. */
    public List<PersonPowers> all() {
        Snapshot snapshot = snapshot();
        return people.all().stream().map(person -> powers(person, snapshot)).toList();
    }

    /** One person's powers, if they are registered. */
    public Optional<PersonPowers> of(String name) {
        return people.find(name).map(person -> powers(person, snapshot()));
    }

    private record Snapshot(
            List<Approver> approvers,
            Map<String, List<String>> operators,
            Map<String, Resource> resources,
            Map<String, List<String>> access,
            Map<String, List<ApiTokens.TokenUse>> tokens,
            List<Passkey> passkeys,
            Map<String, Instant> passkeyUses,
            Map<String, Instant> departed,
            Map<String, LocalDate> leaving) {}

    private Snapshot snapshot() {
        return new Snapshot(
                policies.active().map(active -> active.policy().approvers()).orElse(List.of()),
                nodes.operators(),
                resources.all(),
                resources.access(),
                tokens.liveTokens(),
                passkeys.all(),
                passkeys.lastUses(),
                people.departures(),
                people.leavers());
    }

    private static PersonPowers powers(Person person, Snapshot snapshot) {
        String name = person.name();
        Set<String> groups = new TreeSet<>();
        Set<String> policyPasskeys = new HashSet<>();
        for (Approver approver : snapshot.approvers()) {
            if (approver.name().equals(name)) {
                groups.addAll(approver.groups());
                approver.passkeys()
                        .forEach(key -> policyPasskeys.add(
                                Base64.getUrlEncoder().withoutPadding().encodeToString(key.credentialId())));
            }
        }
        List<String> operates = new ArrayList<>();
        snapshot.operators().forEach((node, operators) -> {
            if (operators.contains(name)) {
                operates.add(node);
            }
        });
        List<String> access = snapshot.access().getOrDefault(name, List.of());
        Set<String> reaches = new TreeSet<>(operates);
        reaches.addAll(reachable(access, snapshot.resources()));
        List<PersonPowers.Token> live = snapshot.tokens().getOrDefault(name, List.of()).stream()
                .map(token -> new PersonPowers.Token(
                        token.device(),
                        token.roles().stream().map(Role::wireName).sorted().toList(),
                        token.createdAt().toString(),
                        token.lastUsedAt().map(Instant::toString).orElse(null)))
                .toList();
        List<PersonPowers.PasskeyUse> keys = snapshot.passkeys().stream()
                .filter(passkey -> passkey.person().equals(name))
                .map(passkey -> new PersonPowers.PasskeyUse(
                        passkey.credentialId(),
                        passkey.createdAt().toString(),
                        Optional.ofNullable(snapshot.passkeyUses().get(passkey.credentialId()))
                                .map(Instant::toString)
                                .orElse(null),
                        policyPasskeys.contains(passkey.credentialId())))
                .toList();
        String employment = snapshot.departed().containsKey(name)
                ? "left"
                : snapshot.leaving().containsKey(name) ? "leaving" : "active";
        LocalDate lastDay = snapshot.leaving().get(name);
        return new PersonPowers(
                name,
                person.roles(),
                employment,
                lastDay == null ? null : lastDay.toString(),
                new PersonPowers.Vetting(
                        person.vetting().level(), person.vetting().validUntil()),
                List.copyOf(groups),
                operates,
                access,
                List.copyOf(reaches),
                live,
                keys);
    }

    /** The nodes on the resources in {@code access} and on every resource they contain, at any depth. */
    static Set<String> reachable(List<String> access, Map<String, Resource> resources) {
        Set<String> nodes = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(access);
        while (!pending.isEmpty()) {
            String id = pending.removeFirst();
            Resource resource = resources.get(id);
            if (resource == null || !seen.add(id)) {
                continue;
            }
            nodes.addAll(resource.nodes());
            pending.addAll(resource.contains());
        }
        return nodes;
    }
}
