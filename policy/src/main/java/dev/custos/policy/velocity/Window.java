package dev.custos.policy.velocity;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A velocity window ending at the evaluation time. */
public enum Window {
    /** Rolling: the last hour, {@code (now - 1h, now]}. */
    ROLLING_1H("1h"),
    /** Rolling: the last 24 hours, {@code (now - 24h, now]}. */
    ROLLING_24H("24h"),
    /** Fixed: the current UTC calendar day, {@code [00:00Z, now]}. */
    FIXED_DAY("day");

    private final String suffix;

    Window(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    /** Whether a request at {@code time} falls in this window ending at {@code now}. */
    public boolean contains(Instant time, Instant now) {
        if (time.isAfter(now)) {
            return false;
        }
        return switch (this) {
            case ROLLING_1H -> time.isAfter(now.minus(Duration.ofHours(1)));
            case ROLLING_24H -> time.isAfter(now.minus(Duration.ofHours(24)));
            case FIXED_DAY ->
                !time.isBefore(
                        now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant());
        };
    }
}
