package dev.custos.exposure.registry;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The people and the shared resources they can reach. Validates that names and ids are unique and that every
 * reference names a resource of the registry; a person controls the nodes they operate and every node on a resource
 * they can reach, directly or through resources that contain it (cycles are harmless).
 *
 * @param people everyone with a privilege, in the order given
 * @param resources hosts, cloud accounts and other shared resources
 */
public record Registry(List<Person> people, List<Resource> resources) {
    /** The most people a registry may hold; the searches are exact, and meant for tens of people. */
    public static final int MAX_PEOPLE = 1000;

    /** The most resources a registry may hold. */
    public static final int MAX_RESOURCES = 10_000;

    public Registry {
        people = List.copyOf(requireNonNull(people, "people is null"));
        resources = List.copyOf(requireNonNull(resources, "resources is null"));
        if (people.size() > MAX_PEOPLE) {
            throw new IllegalArgumentException(
                    "the registry holds " + people.size() + " people; at most " + MAX_PEOPLE + " are analysed");
        }
        if (resources.size() > MAX_RESOURCES) {
            throw new IllegalArgumentException("the registry holds " + resources.size() + " resources; at most "
                    + MAX_RESOURCES + " are analysed");
        }
        Map<String, Resource> byId = new HashMap<>();
        for (Resource resource : resources) {
            if (byId.put(resource.id(), resource) != null) {
                throw new IllegalArgumentException("resource '" + resource.id() + "' is listed twice");
            }
        }
        for (Resource resource : resources) {
            for (String inner : resource.contains()) {
                if (!byId.containsKey(inner)) {
                    throw new IllegalArgumentException(
                            "resource '" + resource.id() + "' contains '" + inner + "', which is not a resource");
                }
            }
        }
        Set<String> names = new TreeSet<>();
        for (Person person : people) {
            if (!names.add(person.name())) {
                throw new IllegalArgumentException("person '" + person.name() + "' is listed twice");
            }
            for (String id : person.access()) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException(
                            "person '" + person.name() + "' has access to '" + id + "', which is not a resource");
                }
            }
        }
    }

    public Optional<Person> person(String name) {
        return people.stream().filter(person -> person.name().equals(name)).findFirst();
    }

    /** Every node each person controls, by person name (in registry order), each set sorted. */
    public Map<String, Set<String>> nodesByPerson() {
        Map<String, Resource> byId = new HashMap<>();
        resources.forEach(resource -> byId.put(resource.id(), resource));
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (Person person : people) {
            Set<String> nodes = new TreeSet<>(person.operates());
            Set<String> seen = new TreeSet<>();
            Deque<String> pending = new ArrayDeque<>(person.access());
            while (!pending.isEmpty()) {
                String id = pending.pop();
                if (seen.add(id)) {
                    Resource resource = requireNonNull(byId.get(id), id);
                    nodes.addAll(resource.nodes());
                    pending.addAll(resource.contains());
                }
            }
            result.put(person.name(), Collections.unmodifiableSet(nodes));
        }
        return result;
    }
}
