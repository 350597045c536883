package dev.custos.server.access;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who made an API call: the token's name and roles. {@code tokenHash} identifies the token (for idempotency keys and
 * rate limits) without being it.
 */
public record Caller(String tokenHash, String name, Set<Role> roles) {
    public Caller {
        requireNonNull(tokenHash, "tokenHash is null");
        requireNonNull(name, "name is null");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
