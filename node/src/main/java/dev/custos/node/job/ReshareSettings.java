package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;

/**
 * How a node decides on refresh and resharing jobs.
 *
 * @param clock the node's clock, against which reshare orders expire and refreshes are spaced
 * @param refreshInterval the least time between two refreshes of one wallet that this node takes part in (the
 *     coordinator may start refreshes, so a node limits how often)
 */
public record ReshareSettings(Clock clock, Duration refreshInterval) {
    /** The system clock; a refresh of a wallet at most once an hour. */
    public static final ReshareSettings DEFAULT = new ReshareSettings(Clock.systemUTC(), Duration.ofHours(1));

    public ReshareSettings {
        requireNonNull(clock, "clock is null");
        requireNonNull(refreshInterval, "refreshInterval is null");
        if (refreshInterval.isNegative()) {
            throw new IllegalArgumentException("the refresh interval is negative: " + refreshInterval);
        }
    }
}
