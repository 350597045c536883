package dev.custos.exposure.registry;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A person's declared role, as in the server's people registry ({@code POST /v1/people}). */
public enum Role {
    INITIATOR,
    APPROVER,
    ADMIN,
    AUDITOR,
    OPERATOR;

    /** The lower-case name used in JSON. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code text} in JSON, if any. */
    public static Optional<Role> fromWireName(String text) {
        return Arrays.stream(values())
                .filter(role -> role.wireName().equals(text))
                .findFirst();
    }
}
