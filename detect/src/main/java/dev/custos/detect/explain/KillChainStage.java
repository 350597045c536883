package dev.custos.detect.explain;

import java.util.Locale;

/** The stages of a custody theft (threat-landscape §1), in the order an attack moves through them. */
public enum KillChainStage {
    /** Getting in: unusual logins, brute force, stolen sessions. */
    INITIAL_ACCESS,
    /** Staying in and gaining rights: MFA resets, new devices, role grants, governance changes. */
    PERSISTENCE,
    /** Reaching key material: share backups, key exports. */
    KEY_ACCESS,
    /** Preparing the theft: allowlist additions, policy proposals, look-alike addresses. */
    STAGING,
    /** The signing request itself. */
    SIGNING,
    /** Funds leaving. */
    CASH_OUT;

    /** The lower-case name used in output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
