package dev.custos.detect.intel;

import java.util.Locale;

/** What an address list says about its addresses. */
public enum IntelCategory {
    /** On a sanctions list (e.g. OFAC SDN): paying it is prohibited, signing requests are denied. */
    SANCTIONED,
    /** Labelled as an exploiter, heist, phishing or attacker address: signing requests are denied. */
    MALICIOUS;

    /** The lower-case name used in feed manifests and output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code sanctioned} or {@code malicious}. */
    public static IntelCategory parse(String text) {
        for (IntelCategory category : values()) {
            if (category.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown intel category (expected sanctioned or malicious): " + text);
    }
}
