package dev.custos.bench;

import dev.custos.exposure.analysis.ExposureAnalysis;
import dev.custos.exposure.analysis.ExposureReport;
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
import dev.custos.exposure.registry.Vetting;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole exposure analysis ({@code ExposureAnalysis.analyse}: every wallet's three figures, single points of
 * failure and registry findings) of a fixed, seeded organisation.
 *
 * <ul>
 *   <li>{@code typical}: 50 people (8 operators on 12 nodes over 10 hosts and 2 cloud accounts, 24 approvers in
 *       treasury, security and admin, some sharing hosts, 10 initiators of whom 4 also approve), 4 wallets (2-of-3,
 *       3-of-5, 5-of-7, 7-of-12), 2 treasury + 1 security approvals, admin quorum 3 and committee admins 3 of 5.
 *   <li>{@code adversarial}: 50 people who each reach 2 random nodes of 24, one wallet signing 12-of-24, and every
 *       person an approver in a random pair of 5 groups that each need 4 approvals: a hard cover for the searches.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExposureBenchmark {
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final Optional<Vetting> VETTED =
            Optional.of(new Vetting("enhanced", Instant.parse("2027-06-01T00:00:00Z"), ""));

    @Param({"typical", "adversarial"})
    public String shape;

    private Registry registry;
    private PolicyPowers powers;
    private Committee committee;

    @Setup
    public void setUp() {
        if (shape.equals("typical")) {
            typical(new Random(16));
        } else {
            adversarial(new Random(16));
        }
    }

    @Benchmark
    public ExposureReport analyse() {
        return ExposureAnalysis.analyse(registry, powers, committee, NOW);
    }

    private void typical(Random random) {
        List<Resource> resources = new ArrayList<>();
        for (int host = 0; host < 10; host++) {
            List<String> nodes = host < 2 ? List.of("n" + host, "n" + (10 + host)) : List.of("n" + host);
            resources.add(new Resource("host-" + host, "host", nodes, List.of()));
        }
        resources.add(new Resource("aws-a", "cloud_account", List.of(), List.of("host-0", "host-1", "host-2")));
        resources.add(new Resource("aws-b", "cloud_account", List.of(), List.of("host-7", "host-8", "host-9")));
        List<Person> people = new ArrayList<>();
        List<ApproverPower> approvers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String name = "person-" + i;
            List<String> access = new ArrayList<>();
            List<String> operates = new ArrayList<>();
            Set<Role> roles = Set.of(Role.AUDITOR);
            if (i < 8) {
                roles = Set.of(Role.OPERATOR);
                access.add("host-" + i);
                access.add("host-" + (i + 2) % 10);
                if (i == 0) {
                    access.add("aws-b");
                }
            } else if (i < 32) {
                roles = i < 12 ? Set.of(Role.APPROVER, Role.INITIATOR) : Set.of(Role.APPROVER);
                List<String> groups = i < 18
                        ? List.of("treasury")
                        : i < 24 ? List.of("security") : i < 27 ? List.of("treasury", "security") : List.of("admin");
                approvers.add(new ApproverPower(name, "key-" + i, groups));
            } else if (i < 38) {
                roles = Set.of(Role.INITIATOR);
            } else if (random.nextInt(4) == 0) {
                access.add("host-" + random.nextInt(10));
            }
            people.add(new Person(name, roles, Employment.ACTIVE, VETTED, operates, access));
        }
        registry = new Registry(people, resources);
        Map<String, SigningSet> wallets = new LinkedHashMap<>();
        wallets.put("hot-eth", new SigningSet(nodes(0, 3), 2));
        wallets.put("warm-eth", new SigningSet(nodes(3, 5), 3));
        wallets.put("cold-btc", new SigningSet(nodes(5, 7), 5));
        wallets.put("vault", new SigningSet(nodes(0, 12), 7));
        List<TransferRequirement> transfers = new ArrayList<>();
        wallets.keySet()
                .forEach(wallet -> transfers.add(new TransferRequirement(
                        wallet, true, "", Map.of("treasury", 2, "security", 1), List.of("big", "risky"))));
        powers = new PolicyPowers(1, approvers, 3, 86_400, transfers);
        committee = new Committee(
                Optional.empty(), wallets, List.of("person-27", "person-28", "person-29", "person-30", "person-31"), 3);
    }

    private void adversarial(Random random) {
        List<Person> people = new ArrayList<>();
        List<ApproverPower> approvers = new ArrayList<>();
        List<String> groups = List.of("g0", "g1", "g2", "g3", "g4");
        for (int i = 0; i < 50; i++) {
            String name = "person-" + i;
            people.add(new Person(
                    name,
                    Set.of(Role.INITIATOR, Role.APPROVER, Role.OPERATOR),
                    Employment.ACTIVE,
                    VETTED,
                    List.of("n" + random.nextInt(24), "n" + random.nextInt(24)),
                    List.of()));
            int first = random.nextInt(5);
            approvers.add(new ApproverPower(
                    name, "key-" + i, List.of(groups.get(first), groups.get((first + 1 + random.nextInt(4)) % 5))));
        }
        registry = new Registry(people, List.of());
        Map<String, Integer> quorums = new LinkedHashMap<>();
        groups.forEach(group -> quorums.put(group, 4));
        powers = new PolicyPowers(
                1, approvers, 3, 86_400, List.of(new TransferRequirement("w", true, "", quorums, List.of("all"))));
        committee = new Committee(Optional.of(new SigningSet(nodes(0, 24), 12)), Map.of(), List.of(), 0);
    }

    private static List<String> nodes(int from, int count) {
        List<String> nodes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            nodes.add("n" + i);
        }
        return nodes;
    }
}
