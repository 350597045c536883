package dev.custos.exposure.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.exposure.People;
import dev.custos.exposure.committee.Committee;
import dev.custos.exposure.committee.SigningSet;
import dev.custos.exposure.powers.ApproverPower;
import dev.custos.exposure.powers.PolicyPowers;
import dev.custos.exposure.powers.TransferRequirement;
import dev.custos.exposure.registry.Employment;
import dev.custos.exposure.registry.Person;
import dev.custos.exposure.registry.Registry;
import dev.custos.exposure.registry.Resource;
import dev.custos.exposure.registry.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The exact searches against a brute force over every subset of people, on small random registries: people operating
 * several nodes, shared hosts and nested cloud accounts, approvers in several groups and sharing device keys,
 * initiators who are also approvers, departed people, and committee admins.
 */
class ExposureProperties {
    private static final List<String> GROUPS = List.of("treasury", "security", PolicyPowers.ADMIN_GROUP);

    /** One random scenario and its brute-force predicates over sets of people (bit masks over registry order). */
    private record Scenario(Registry registry, PolicyPowers powers, Committee committee, Map<String, Integer> quorums) {
        List<String> names() {
            return registry.people().stream().map(Person::name).toList();
        }

        Set<String> members(int subset) {
            Set<String> members = new HashSet<>();
            for (int i = 0; i < registry.people().size(); i++) {
                if ((subset & (1 << i)) != 0) {
                    members.add(names().get(i));
                }
            }
            return members;
        }

        /** Every node a person reaches, computed as a fixed point, independently of the registry's own walk. */
        Set<String> nodes(String person) {
            Person p = registry.person(person).orElseThrow();
            Set<String> reached = new HashSet<>(p.access());
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Resource resource : registry.resources()) {
                    if (reached.contains(resource.id())) {
                        grew |= reached.addAll(resource.contains());
                    }
                }
            }
            Set<String> nodes = new HashSet<>(p.operates());
            registry.resources().stream()
                    .filter(resource -> reached.contains(resource.id()))
                    .forEach(resource -> nodes.addAll(resource.nodes()));
            return nodes;
        }

        /** Approver names whose device key someone in {@code members} holds. */
        Set<String> signable(Set<String> members) {
            Set<String> keys = new HashSet<>();
            for (String member : members) {
                powers.approver(member).ifPresent(approver -> keys.add(approver.deviceKey()));
            }
            Set<String> names = new HashSet<>();
            powers.approvers().stream()
                    .filter(approver -> keys.contains(approver.deviceKey()))
                    .forEach(approver -> names.add(approver.name()));
            return names;
        }

        long inGroup(Set<String> names, String group, String except) {
            return names.stream()
                    .filter(name -> !name.equals(except))
                    .filter(name -> powers.approver(name).orElseThrow().inGroup(group))
                    .count();
        }

        boolean signs(Set<String> members) {
            SigningSet set = committee.signingSet("w").orElseThrow();
            Set<String> nodes = new HashSet<>();
            members.forEach(member -> nodes.addAll(nodes(member)));
            return set.nodes().stream().filter(nodes::contains).count() >= set.threshold();
        }

        boolean passes(Set<String> members) {
            Set<String> names = signable(members);
            for (String initiator : members) {
                if (!registry.person(initiator).orElseThrow().canInitiate()) {
                    continue;
                }
                boolean met = quorums.entrySet().stream()
                        .allMatch(q -> inGroup(names, q.getKey(), initiator) >= q.getValue());
                if (met) {
                    return true;
                }
            }
            return false;
        }

        boolean changes(Set<String> members) {
            if (inGroup(signable(members), PolicyPowers.ADMIN_GROUP, "") >= powers.adminQuorum()) {
                return true;
            }
            long admins = committee.admins().stream().filter(members::contains).count();
            return committee.adminThreshold() > 0 && admins >= committee.adminThreshold();
        }

        OptionalInt bruteForce(Predicate<Set<String>> achieves) {
            int best = Integer.MAX_VALUE;
            for (int subset = 0; subset < (1 << registry.people().size()); subset++) {
                if (Integer.bitCount(subset) < best && achieves.test(members(subset))) {
                    best = Integer.bitCount(subset);
                }
            }
            return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
        }

        List<String> alone(Predicate<Set<String>> achieves) {
            return names().stream()
                    .filter(name -> achieves.test(Set.of(name)))
                    .sorted()
                    .toList();
        }
    }

    private static Scenario scenario(long seed) {
        Random random = new Random(seed);
        int peopleCount = 1 + random.nextInt(7);
        int nodeCount = 1 + random.nextInt(5);
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < nodeCount; i++) {
            nodes.add("n" + i);
        }
        int resourceCount = random.nextInt(4);
        List<Resource> resources = new ArrayList<>();
        for (int i = 0; i < resourceCount; i++) {
            List<String> contains = random.nextInt(3) == 0 && resourceCount > 1
                    ? List.of("r" + random.nextInt(resourceCount))
                    : List.of();
            resources.add(new Resource("r" + i, "host", subset(random, nodes, 3), contains));
        }
        List<String> resourceIds = resources.stream().map(Resource::id).toList();
        List<Person> people = new ArrayList<>();
        List<ApproverPower> approvers = new ArrayList<>();
        for (int i = 0; i < peopleCount; i++) {
            String name = "p" + i;
            Set<Role> roles = random.nextBoolean() ? Set.of(Role.INITIATOR) : Set.of();
            Employment employment = random.nextInt(6) == 0 ? Employment.LEFT : Employment.ACTIVE;
            people.add(new Person(
                    name,
                    roles,
                    employment,
                    Optional.of(People.VETTED),
                    subset(random, nodes, 5),
                    subset(random, resourceIds, 4)));
            if (random.nextInt(5) < 3) {
                approvers.add(
                        new ApproverPower(name, "k" + random.nextInt(1 + peopleCount / 2), subset(random, GROUPS, 2)));
            }
        }
        Map<String, Integer> quorums = new TreeMap<>();
        for (String group : List.of("treasury", "security")) {
            int quorum = random.nextInt(3);
            if (quorum > 0) {
                quorums.put(group, quorum);
            }
        }
        PolicyPowers powers = new PolicyPowers(
                1,
                approvers,
                1 + random.nextInt(3),
                3600,
                List.of(new TransferRequirement("w", true, "", quorums, List.of())));
        List<String> admins = random.nextBoolean()
                ? subset(random, people.stream().map(Person::name).toList(), 2)
                : List.of();
        Committee committee = new Committee(
                Optional.of(new SigningSet(nodes, 1 + random.nextInt(nodeCount))),
                Map.of(),
                admins,
                admins.isEmpty() ? 0 : 1 + random.nextInt(admins.size()));
        return new Scenario(new Registry(people, resources), powers, committee, quorums);
    }

    /** Each element with probability 1 / {@code oneIn}. */
    private static List<String> subset(Random random, List<String> elements, int oneIn) {
        return elements.stream().filter(element -> random.nextInt(oneIn) == 0).toList();
    }

    @Property(tries = 400)
    void figures_matchBruteForce(@ForAll long seed) {
        Scenario scenario = scenario(seed);
        WalletExposure wallet = ExposureAnalysis.analyse(
                        scenario.registry(), scenario.powers(), scenario.committee(), People.NOW)
                .wallets()
                .getFirst();

        check(wallet.signOutsidePolicy(), scenario.bruteForce(scenario::signs), scenario::signs);
        check(wallet.passPolicy(), scenario.bruteForce(scenario::passes), scenario::passes);
        check(wallet.changePolicy(), scenario.bruteForce(scenario::changes), scenario::changes);
    }

    @Property(tries = 400)
    void singlePointsOfFailure_areExactlyThePeopleWhoAloneAchieveAFigure(@ForAll long seed) {
        Scenario scenario = scenario(seed);
        WalletExposure wallet = ExposureAnalysis.analyse(
                        scenario.registry(), scenario.powers(), scenario.committee(), People.NOW)
                .wallets()
                .getFirst();

        Map<String, List<String>> expected = new TreeMap<>();
        scenario.alone(scenario::signs)
                .forEach(
                        n -> expected.computeIfAbsent(n, x -> new ArrayList<>()).add("sign_outside_policy"));
        scenario.alone(scenario::passes)
                .forEach(
                        n -> expected.computeIfAbsent(n, x -> new ArrayList<>()).add("pass_policy"));
        scenario.alone(scenario::changes)
                .forEach(
                        n -> expected.computeIfAbsent(n, x -> new ArrayList<>()).add("change_policy"));
        Map<String, List<String>> actual = new TreeMap<>();
        wallet.singlePointsOfFailure().forEach(point -> actual.put(point.person(), point.figures()));
        assertThat(actual).isEqualTo(expected);
    }

    private static void check(Figure figure, OptionalInt expected, Predicate<Set<String>> achieves) {
        assertThat(figure.people()).isEqualTo(expected);
        if (expected.isPresent()) {
            assertThat(achieves.test(Set.copyOf(figure.example())))
                    .as("the example %s achieves the figure", figure.example())
                    .isTrue();
        }
    }
}
