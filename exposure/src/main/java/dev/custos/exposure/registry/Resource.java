package dev.custos.exposure.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Something several people may be able to reach: a host (every node on it is controlled by whoever can log in), a
 * cloud account or hypervisor (controls every resource it contains), a shared admin account, a backup store.
 *
 * @param id unique, 1 to 100 characters from {@code A-Z a-z 0-9 . _ - : / @}
 * @param kind a free label shown in reports ({@code host}, {@code cloud_account}, ...)
 * @param nodes the signer nodes running on it
 * @param contains ids of the resources whoever controls this one controls too
 */
public record Resource(String id, String kind, List<String> nodes, List<String> contains) {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@-]{0,99}");

    public Resource {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("resource id '" + id
                    + "' must be 1 to 100 characters from A-Z a-z 0-9 . _ - : / @, starting with a letter or digit");
        }
        nodes = List.copyOf(requireNonNull(nodes, "nodes is null"));
        contains = List.copyOf(requireNonNull(contains, "contains is null"));
    }
}
