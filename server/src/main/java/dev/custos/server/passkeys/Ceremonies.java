package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * WebAuthn ceremonies begun and not yet finished, in memory: each has a random id, is taken at most once, and lapses
 * after {@link #LIFETIME}. At most {@link #CAPACITY} are kept; the oldest give way. A restart forgets them: the person
 * starts again.
 *
 * @param <T> what a ceremony remembers (the options it sent)
 */
final class Ceremonies<T> {
    static final Duration LIFETIME = Duration.ofMinutes(5);
    static final int CAPACITY = 1_000;

    private final Map<String, Pending<T>> pending = new LinkedHashMap<>();
    private final Clock clock;
    private final SecureRandom random;

    Ceremonies(Clock clock, SecureRandom random) {
        this.clock = requireNonNull(clock, "clock is null");
        this.random = requireNonNull(random, "random is null");
    }

    /** Remembers {@code value} under a new id. */
    synchronized String begin(T value) {
        Instant now = clock.instant();
        pending.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        while (pending.size() >= CAPACITY) {
            String oldest = pending.keySet().iterator().next();
            pending.remove(oldest);
        }
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        pending.put(id, new Pending<>(value, now.plus(LIFETIME)));
        return id;
    }

    /** Takes the ceremony {@code id} if it is pending and not lapsed; it cannot be taken again. */
    synchronized Optional<T> take(String id) {
        Pending<T> entry = pending.remove(id);
        if (entry == null || !clock.instant().isBefore(entry.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    private record Pending<T>(T value, Instant expiresAt) {}
}
