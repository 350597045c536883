package dev.custos.exposure.registry;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.JsonFields;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a registry file (docs/PEOPLE.md, "The registry file"). Strict: unknown fields, unknown roles or employment
 * states, malformed times and references to resources that do not exist are refused, naming the field.
 */
public final class RegistryJson {
    private static final Set<String> ROOT_FIELDS = Set.of("people", "resources", "committee");
    private static final Set<String> PERSON_FIELDS =
            Set.of("name", "roles", "employment", "vetting", "operates", "access");
    private static final Set<String> VETTING_FIELDS = Set.of("level", "valid_until", "reference");
    private static final Set<String> RESOURCE_FIELDS = Set.of("id", "kind", "nodes", "contains");

    private RegistryJson() {}

    /**
     * The registry in {@code root}. A {@code committee} member is allowed (and left to {@code CommitteeJson}) so that
     * one file can carry both.
     */
    public static Registry parse(JsonNode root) {
        JsonFields.checkObject(root, ROOT_FIELDS, "registry");
        if (!root.has("people")) {
            throw new ExposureInputException("registry.people is missing");
        }
        List<Person> people = new ArrayList<>();
        List<JsonNode> personNodes = JsonFields.array(root, "people", "registry");
        for (int i = 0; i < personNodes.size(); i++) {
            people.add(person(personNodes.get(i), "people[" + i + "]"));
        }
        List<Resource> resources = new ArrayList<>();
        List<JsonNode> resourceNodes = JsonFields.array(root, "resources", "registry");
        for (int i = 0; i < resourceNodes.size(); i++) {
            resources.add(resource(resourceNodes.get(i), "resources[" + i + "]"));
        }
        try {
            return new Registry(people, resources);
        } catch (IllegalArgumentException e) {
            throw new ExposureInputException("registry: " + e.getMessage(), e);
        }
    }

    private static Person person(JsonNode node, String where) {
        JsonFields.checkObject(node, PERSON_FIELDS, where);
        String name = JsonFields.requiredText(node, "name", where);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> roleNames = JsonFields.texts(node, "roles", where);
        for (int i = 0; i < roleNames.size(); i++) {
            String roleName = roleNames.get(i);
            roles.add(Role.fromWireName(roleName)
                    .orElseThrow(() -> new ExposureInputException(where + ".roles: '" + roleName
                            + "' is not a role (initiator, approver, admin, auditor, operator)")));
        }
        String state = JsonFields.optionalText(node, "employment", where, "active");
        Employment employment = Employment.fromWireName(state)
                .orElseThrow(() -> new ExposureInputException(
                        where + ".employment must be active, leaving or left, got '" + state + "'"));
        Optional<Vetting> vetting = node.has("vetting") && !node.get("vetting").isNull()
                ? Optional.of(vetting(node.get("vetting"), where + ".vetting"))
                : Optional.empty();
        try {
            return new Person(
                    name,
                    roles,
                    employment,
                    vetting,
                    JsonFields.texts(node, "operates", where),
                    JsonFields.texts(node, "access", where));
        } catch (IllegalArgumentException e) {
            throw new ExposureInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static Vetting vetting(JsonNode node, String where) {
        JsonFields.checkObject(node, VETTING_FIELDS, where);
        String level = JsonFields.requiredText(node, "level", where);
        String until = JsonFields.requiredText(node, "valid_until", where);
        Instant validUntil;
        try {
            validUntil = Instant.parse(until);
        } catch (DateTimeParseException e) {
            throw new ExposureInputException(
                    where + ".valid_until must be an RFC 3339 time such as 2027-01-31T00:00:00Z, got '" + until + "'",
                    e);
        }
        try {
            return new Vetting(level, validUntil, JsonFields.optionalText(node, "reference", where, ""));
        } catch (IllegalArgumentException e) {
            throw new ExposureInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static Resource resource(JsonNode node, String where) {
        JsonFields.checkObject(node, RESOURCE_FIELDS, where);
        try {
            return new Resource(
                    JsonFields.requiredText(node, "id", where),
                    JsonFields.optionalText(node, "kind", where, "host"),
                    JsonFields.texts(node, "nodes", where),
                    JsonFields.texts(node, "contains", where));
        } catch (IllegalArgumentException e) {
            throw new ExposureInputException(where + ": " + e.getMessage(), e);
        }
    }
}
