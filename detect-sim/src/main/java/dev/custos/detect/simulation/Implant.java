package dev.custos.detect.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * A remote-access implant's check-ins: from a host to its command server every {@code period} with ±{@code jitter}
 * (a share of the period), a few hundred bytes each, while the laptop is on (07:00–23:00 at the victim's home).
 */
final class Implant {
    private Implant() {}

    /** Writes the check-ins from {@code from} until {@code until}; returns how many. */
    static int beacon(
            AttackContext context,
            Person victim,
            String server,
            Instant from,
            Instant until,
            Duration period,
            double jitter) {
        RandomGenerator random = context.random();
        String ip = Destinations.ipOf(server);
        context.beacon(victim.laptop(), server);
        context.involve(victim.laptop());
        int count = 0;
        long base = 600L + random.nextInt(400);
        Instant time = from;
        while (time.isBefore(until)) {
            double localHour =
                    Math.floorMod(time.getEpochSecond() + victim.home().utcOffsetHours() * 3_600L, 86_400) / 3_600.0;
            if (localHour >= 7 && localHour < 23) {
                context.sink()
                        .flow(
                                time,
                                victim.laptop(),
                                server,
                                ip,
                                443,
                                base + random.nextInt(60),
                                200 + random.nextInt(400));
                count++;
            }
            double factor = 1 + jitter * (2 * random.nextDouble() - 1);
            time = time.plusSeconds(Math.max(1, Math.round(period.toSeconds() * factor)));
        }
        return count;
    }
}
