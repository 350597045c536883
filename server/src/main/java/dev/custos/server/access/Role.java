package dev.custos.server.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person or an API token may do (docs/SERVER.md, "Access control"). */
public enum Role {
    /** Submits signing requests; never approves their own. */
    INITIATOR,
    /** Approves requests with a device key. */
    APPROVER,
    /** Bootstraps and proposes governed changes; cannot loosen anything alone. */
    ADMIN,
    /** Reads everything, including the audit log. */
    AUDITOR,
    /** Operates a signer node. */
    OPERATOR,
    /** Reads requests and wallets. */
    READ_ONLY;

    /** The name on the wire: lowercase, as in {@code "read_only"}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this wire name. */
    public static Optional<Role> fromWire(String name) {
        return Arrays.stream(values())
                .filter(role -> role.wireName().equals(name))
                .findFirst();
    }
}
