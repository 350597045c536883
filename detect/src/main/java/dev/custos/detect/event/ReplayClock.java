package dev.custos.detect.event;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A simulated clock for replay: it shows the time of the event being processed and never moves backwards, so time
 * windows and decay behave as they did when the events happened.
 */
public final class ReplayClock extends Clock {
    private Instant now;

    public ReplayClock(Instant start) {
        this.now = requireNonNull(start, "start is null");
    }

    /** Moves the clock to {@code time}; an earlier time leaves it where it is. Returns the clock's time. */
    public Instant advanceTo(Instant time) {
        requireNonNull(time, "time is null");
        if (time.isAfter(now)) {
            now = time;
        }
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new UnsupportedOperationException("a replay clock is in UTC only");
        }
        return this;
    }
}
