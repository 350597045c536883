package dev.custos.exposure;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds registries, policy powers and committees for tests, without JSON. */
public final class People {
    public static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    public static final Vetting VETTED = new Vetting("enhanced", Instant.parse("2027-06-01T00:00:00Z"), "chk-1");

    private final List<Person> people = new ArrayList<>();
    private final List<Resource> resources = new ArrayList<>();
    private final List<ApproverPower> approvers = new ArrayList<>();

    /** Adds a vetted, active person. */
    public People person(String name, Set<Role> roles, List<String> operates, List<String> access) {
        return person(name, roles, Employment.ACTIVE, Optional.of(VETTED), operates, access);
    }

    public People person(
            String name,
            Set<Role> roles,
            Employment employment,
            Optional<Vetting> vetting,
            List<String> operates,
            List<String> access) {
        people.add(new Person(
                name, roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles, employment, vetting, operates, access));
        return this;
    }

    /** An active, vetted operator of {@code nodes}. */
    public People operator(String name, String... nodes) {
        return person(name, Set.of(Role.OPERATOR), List.of(nodes), List.of());
    }

    /** An active, vetted initiator. */
    public People initiator(String name) {
        return person(name, Set.of(Role.INITIATOR), List.of(), List.of());
    }

    public People resource(String id, List<String> nodes, List<String> contains) {
        resources.add(new Resource(id, "host", nodes, contains));
        return this;
    }

    /** A policy approver named {@code name} with its own device key (the name) in {@code groups}. */
    public People approver(String name, String... groups) {
        return approverWithKey(name, "key-" + name, groups);
    }

    public People approverWithKey(String name, String key, String... groups) {
        approvers.add(new ApproverPower(name, key, List.of(groups)));
        return this;
    }

    public Registry registry() {
        return new Registry(people, resources);
    }

    /** Powers with one wallet {@code wallet} needing {@code quorums}. */
    public PolicyPowers powers(String wallet, Map<String, Integer> quorums, int adminQuorum, long timeLock) {
        return new PolicyPowers(
                7,
                approvers,
                adminQuorum,
                timeLock,
                List.of(new TransferRequirement(wallet, true, "", quorums, List.of("rule"))));
    }

    public static Committee committee(int threshold, String... nodes) {
        return new Committee(Optional.of(new SigningSet(List.of(nodes), threshold)), Map.of(), List.of(), 0);
    }
}
