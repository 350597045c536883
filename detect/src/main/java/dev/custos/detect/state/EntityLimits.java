package dev.custos.detect.state;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * Bounds on the entities a detector keeps state for (users, hosts, devices, sessions...), so that memory stays bounded
 * however many entities a stream names.
 *
 * @param idleExpiry an entity not seen for longer than this (in event time) is forgotten
 * @param maxEntities at most this many entities per table; beyond it the least recently seen is forgotten
 */
public record EntityLimits(Duration idleExpiry, int maxEntities) {
    /** 90 days idle; 100,000 entities per table. */
    public static final EntityLimits DEFAULT = new EntityLimits(Duration.ofDays(90), 100_000);

    public EntityLimits {
        requireNonNull(idleExpiry, "idleExpiry is null");
        if (idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new IllegalArgumentException("idleExpiry must be positive: " + idleExpiry);
        }
        if (maxEntities < 1) {
            throw new IllegalArgumentException("maxEntities must be at least 1: " + maxEntities);
        }
    }

    /** The same expiry with another cap. */
    public EntityLimits withMaxEntities(int entities) {
        return new EntityLimits(idleExpiry, entities);
    }
}
