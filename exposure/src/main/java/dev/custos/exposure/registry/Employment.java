package dev.custos.exposure.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a person stands in the joiner–mover–leaver cycle. A person who has {@link #LEFT} was offboarded: the
 * coordinator revoked their tokens and passkeys, so they can no longer initiate requests. Powers that the signed
 * policy or the infrastructure still grants them (an approver key in the policy, a login on a host) stay counted,
 * and are reported as findings, until a governed change removes them.
 */
public enum Employment {
    ACTIVE,
    LEAVING,
    LEFT;

    /** The lower-case name used in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named {@code text} in JSON, if any. */
    public static Optional<Employment> fromWireName(String text) {
        return Arrays.stream(values())
                .filter(state -> state.wireName().equals(text))
                .findFirst();
    }
}
