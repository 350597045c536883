package dev.custos.detect.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The hosts' ordinary network traffic: people's laptops browse the shared services, their role's tools and now and
 * then a site of the long tail (each connection after a DNS question half of the time), and check in with the EDR
 * cloud every three working hours; signer nodes and the payout host poll the chain nodes every two hours; and a few
 * people start a personal sync tool on some day, which then connects every half hour of their working day (a
 * legitimate regular connection to a rare destination: what a beacon detector must tolerate). Its own random stream,
 * so the rest of the history is the same with or without it.
 */
final class NetworkActivity {
    private static final double SYNC_TOOL_CHANCE = 0.02;
    private static final int BROWSING_PER_DAY = 5;

    private final Organisation organisation;
    private final RandomGenerator random;
    private final EventSink sink;
    private final Instant start;
    private final int[] syncStart;

    NetworkActivity(Organisation organisation, RandomGenerator random, EventSink sink, SimulationSettings settings) {
        this.organisation = organisation;
        this.random = random;
        this.sink = sink;
        this.start = settings.start();
        List<Person> people = organisation.people();
        this.syncStart = new int[people.size()];
        for (int i = 0; i < people.size(); i++) {
            syncStart[i] = random.nextDouble() < SYNC_TOOL_CHANCE ? random.nextInt(settings.days()) : -1;
        }
    }

    void day(int day) {
        Instant midnight = start.plus(Duration.ofDays(day));
        DayOfWeek weekday = midnight.atZone(ZoneOffset.UTC).getDayOfWeek();
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        List<Person> people = organisation.people();
        for (int i = 0; i < people.size(); i++) {
            if (!weekend || random.nextDouble() < 0.08) {
                laptop(people.get(i), midnight, syncStart[i] >= 0 && day >= syncStart[i]);
            }
        }
        servers(midnight);
    }

    private void laptop(Person person, Instant midnight, boolean syncing) {
        String host = person.laptop();
        double first = 8.0 + random.nextDouble();
        for (int index = 0; index < BROWSING_PER_DAY; index++) {
            double pick = random.nextDouble();
            String domain;
            if (pick < 0.75) {
                domain = Randoms.pick(random, Destinations.SHARED);
            } else if (pick < 0.93) {
                domain = Randoms.pick(random, Destinations.of(person.role()));
            } else {
                domain = Destinations.longTail(random);
            }
            Instant time = WorkforceActivity.local(midnight, person.home(), first + 9 * random.nextDouble());
            connect(time, host, domain, (long) Randoms.logNormal(random, 2_000, 1.0), 443);
        }
        for (double hour = first; hour < first + 9; hour += 3) {
            Instant time = WorkforceActivity.local(midnight, person.home(), hour + random.nextDouble() / 60);
            sink.flow(
                    time,
                    host,
                    Destinations.TELEMETRY,
                    Destinations.ipOf(Destinations.TELEMETRY),
                    443,
                    1_100 + random.nextInt(200),
                    600 + random.nextInt(100));
        }
        if (syncing) {
            String domain = "sync-" + Math.abs(person.name().hashCode() % 10_000) + ".personal-drive.example";
            for (double hour = first; hour < first + 9; hour += 0.5) {
                Instant time = WorkforceActivity.local(midnight, person.home(), hour + random.nextDouble() / 120);
                sink.flow(
                        time,
                        host,
                        domain,
                        Destinations.ipOf(domain),
                        443,
                        400 + random.nextInt(800),
                        300 + random.nextInt(300));
            }
        }
    }

    private void servers(Instant midnight) {
        for (int hour = 0; hour < 24; hour += 2) {
            for (int signer = 1; signer <= 3; signer++) {
                String node = Destinations.CHAIN_NODES.get(random.nextInt(Destinations.CHAIN_NODES.size()));
                Instant time = midnight.plusSeconds(hour * 3_600L + random.nextInt(600));
                sink.flow(
                        time,
                        "signer-" + signer,
                        node,
                        Destinations.ipOf(node),
                        8545,
                        300 + random.nextInt(200),
                        2_000 + random.nextInt(4_000));
            }
            String node = Destinations.CHAIN_NODES.get(random.nextInt(Destinations.CHAIN_NODES.size()));
            sink.flow(
                    midnight.plusSeconds(hour * 3_600L + random.nextInt(3_600)),
                    Organisation.SERVICE_HOST,
                    node,
                    Destinations.ipOf(node),
                    8545,
                    300 + random.nextInt(2_000),
                    2_000 + random.nextInt(8_000));
        }
    }

    private void connect(Instant time, String host, String domain, long bytesOut, int port) {
        if (random.nextBoolean()) {
            sink.dns(time.minusSeconds(1), host, (random.nextBoolean() ? "www." : "") + domain, "A");
        }
        sink.flow(time, host, domain, Destinations.ipOf(domain), port, Math.max(200, bytesOut), (long)
                Randoms.logNormal(random, 20_000, 1.5));
    }
}
