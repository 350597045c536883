package dev.custos.server.detection;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What people say about an alert after looking at it. */
public enum AlertVerdict {
    /** Benign: detection weighs the alert's combinations half as much from now on. */
    FALSE_POSITIVE,
    /** A real incident. */
    CONFIRMED;

    /** The name on the wire: {@code false_positive}, {@code confirmed}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict with this wire name. */
    public static Optional<AlertVerdict> fromWire(String name) {
        return Arrays.stream(values())
                .filter(verdict -> verdict.wireName().equals(name))
                .findFirst();
    }
}
