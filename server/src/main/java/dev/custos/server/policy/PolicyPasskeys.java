package dev.custos.server.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.passkeys.Passkey;
import dev.custos.server.passkeys.PasskeyRoutes;
import dev.custos.server.passkeys.PasskeyStore;
import dev.custos.server.passkeys.WebOrigin;
import dev.custos.server.people.Person;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Passkeys as a policy names them: the approver entries of a first policy, and the next version of an active policy
 * with the passkeys people enrolled since (docs/CONSOLE.md, "First steps"). Adding a passkey loosens a policy, so the
 * next version goes through governance like any other change.
 */
public final class PolicyPasskeys {
    private PolicyPasskeys() {}

    /**
     * Adds every enrolled passkey of the registry's approvers and admins to {@code policy}'s approvers (creating an
     * approver for a person the policy does not list yet: groups {@code treasury} and {@code security} for approvers,
     * {@code admin} for admins), and the console's origin to its {@code webauthn} section.
     *
     * @return how many passkeys were added
     */
    public static int add(ObjectNode policy, List<Person> people, PasskeyStore passkeys, WebOrigin origin) {
        requireNonNull(origin, "origin is null");
        ObjectNode webauthn =
                policy.has("webauthn") ? (ObjectNode) policy.get("webauthn") : policy.putObject("webauthn");
        if (!webauthn.has("rp_id")) {
            webauthn.put("rp_id", origin.relyingPartyId());
        }
        ArrayNode origins =
                webauthn.has("origins") ? (ArrayNode) webauthn.get("origins") : webauthn.putArray("origins");
        if (!texts(origins).contains(origin.origin())) {
            origins.add(origin.origin());
        }
        ArrayNode approvers =
                policy.has("approvers") ? (ArrayNode) policy.get("approvers") : policy.putArray("approvers");
        int added = 0;
        for (Person person : people) {
            boolean approves = person.roles().contains("approver");
            boolean administers = person.roles().contains("admin");
            List<Passkey> keys = passkeys.forPerson(person.name());
            if (keys.isEmpty() || !(approves || administers)) {
                continue;
            }
            ObjectNode approver = find(approvers, person.name());
            if (approver == null) {
                approver = approvers.addObject();
                approver.put("name", person.name());
                ArrayNode groups = approver.putArray("groups");
                if (approves) {
                    groups.add("treasury").add("security");
                }
                if (administers) {
                    groups.add("admin");
                }
            }
            ArrayNode entries =
                    approver.has("passkeys") ? (ArrayNode) approver.get("passkeys") : approver.putArray("passkeys");
            Set<String> present = new HashSet<>();
            entries.forEach(entry -> present.add(entry.path("credential_id").asText()));
            for (Passkey key : keys) {
                if (present.add(key.credentialId())) {
                    entries.add(PasskeyRoutes.policyEntry(key));
                    added++;
                }
            }
        }
        return added;
    }

    private static ObjectNode find(ArrayNode approvers, String name) {
        for (JsonNode approver : approvers) {
            if (approver.path("name").asText().equals(name)) {
                return (ObjectNode) approver;
            }
        }
        return null;
    }

    private static Set<String> texts(ArrayNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
