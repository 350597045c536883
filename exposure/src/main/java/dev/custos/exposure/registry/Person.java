package dev.custos.exposure.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A privileged person in the registry.
 *
 * @param name 1 to 100 characters from {@code A-Z a-z 0-9 . _ - @}, starting with a letter or digit; the same name
 *     as their approver entry in the policy, if they have one
 * @param roles their declared roles
 * @param employment active, leaving or left
 * @param vetting their vetting record, if they were vetted
 * @param operates signer nodes they operate directly (their own login on the node)
 * @param access ids of registry resources (hosts, cloud accounts, ...) they can log into or administer
 */
public record Person(
        String name,
        Set<Role> roles,
        Employment employment,
        Optional<Vetting> vetting,
        List<String> operates,
        List<String> access) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");

    public Person {
        requireNonNull(name, "name is null");
        requireNonNull(employment, "employment is null");
        requireNonNull(vetting, "vetting is null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("person name '" + name
                    + "' must be 1 to 100 characters from A-Z a-z 0-9 . _ - @, starting with a letter or digit");
        }
        roles = Set.copyOf(requireNonNull(roles, "roles is null"));
        operates = List.copyOf(requireNonNull(operates, "operates is null"));
        access = List.copyOf(requireNonNull(access, "access is null"));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the coordinator lets this person start a signing request: the initiator role, and not offboarded. */
    public boolean canInitiate() {
        return has(Role.INITIATOR) && employment != Employment.LEFT;
    }
}
