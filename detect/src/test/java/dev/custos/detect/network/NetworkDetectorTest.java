package dev.custos.detect.network;

import static dev.custos.detect.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The network detector on constructed traffic: what it finds, what it leaves alone, and that its state restores. */
class NetworkDetectorTest {
    private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    private static final RiskView NO_RISK = entity -> 0;
    private static final int HOSTS = 12;

    /** Four days of ordinary traffic: every host browses popular sites at random times; host 0 belongs to ana. */
    private static List<Event> ordinaryDays(int days, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Event> events = new ArrayList<>();
        events.add(event(START.minusSeconds(60), "iam", "user_created")
                .with("user.name", "svc-directory")
                .with("user.target.name", "ana")
                .with("custos.role", "key_holder")
                .build());
        events.add(event(START.minusSeconds(30), "process", "exec")
                .with("user.name", "ana")
                .with("host.name", "host-0")
                .with("process.name", "ssh")
                .build());
        for (int day = 0; day < days; day++) {
            for (int host = 0; host < HOSTS; host++) {
                for (int flow = 0; flow < 30; flow++) {
                    Instant time = START.plus(Duration.ofDays(day)).plusSeconds(8 * 3_600 + random.nextInt(9 * 3_600));
                    events.add(flow(time, "host-" + host, "site-" + random.nextInt(8) + ".example.com", 2_000));
                }
            }
        }
        events.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
        return events;
    }

    private static Event flow(Instant time, String host, String domain, long bytesOut) {
        return event(time, "network", "flow")
                .with("host.name", host)
                .with("destination.domain", domain)
                .with("destination.ip", "203.0.113.10")
                .with("destination.port", 443L)
                .with("source.bytes", bytesOut)
                .build();
    }

    private static List<Finding> run(NetworkDetector detector, List<Event> events) {
        List<Finding> findings = new ArrayList<>();
        for (Event event : events) {
            findings.addAll(detector.observe(event, NO_RISK));
        }
        return findings;
    }

    private static List<Finding> named(List<Finding> findings, String detector) {
        return findings.stream().filter(f -> f.detector().equals(detector)).toList();
    }

    @Test
    void jitteredBeacon_toANewDestination_isFound_withTheOwner() {
        NetworkDetector detector = new NetworkDetector();
        run(detector, ordinaryDays(4, 1));
        SplittableRandom random = new SplittableRandom(2);
        List<Event> beacon = new ArrayList<>();
        Instant time = START.plus(Duration.ofDays(4)).plusSeconds(3_600);
        for (int i = 0; i < 30; i++) {
            beacon.add(flow(time, "host-0", "cdn-sync.example.net", 900 + random.nextInt(60)));
            time = time.plusSeconds(600 + random.nextInt(121) - 60);
        }

        List<Finding> beacons = named(run(detector, beacon), NetworkDetector.BEACONING);

        assertThat(beacons).hasSize(1);
        Finding found = beacons.getFirst();
        assertThat(found.entities()).containsExactly(EntityRef.host("host-0"), EntityRef.user("ana"));
        assertThat(found.summary()).contains("cdn-sync.example.net").contains("(privileged)");
        // one host of the twelve uses the destination; the key holder's host weighs more
        assertThat(found.score())
                .isEqualTo(dev.custos.detect.calibration.Evidence.score(
                        NetworkDetector.PRIVILEGED_FACTOR * 1 / (HOSTS + 1.0)));
    }

    private static List<Finding> beaconAfterLaunch(long launchBefore) {
        NetworkDetector detector = new NetworkDetector();
        run(detector, ordinaryDays(4, 1));
        Instant time = START.plus(Duration.ofDays(4)).plusSeconds(3_600);
        List<Event> events = new ArrayList<>();
        events.add(event(time.minusSeconds(launchBefore), "file", "execution")
                .with("host.name", "host-0")
                .with("user.name", "ana")
                .with("file.path", "/Users/ana/Downloads/wallet-audit.app")
                .build());
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 30; i++) {
            events.add(flow(time, "host-0", "cdn-sync.example.net", 900 + random.nextInt(60)));
            time = time.plusSeconds(600 + random.nextInt(121) - 60);
        }
        return named(run(detector, events), NetworkDetector.BEACONING);
    }

    @Test
    void beaconStartingRightAfterAFileRan_carriesTheLaunch_andTheHostClass() {
        assertThat(beaconAfterLaunch(75)).singleElement().satisfies(found -> {
            assertThat(found.features())
                    .anySatisfy(feature -> {
                        assertThat(feature.feature()).isEqualTo(NetworkDetector.HOST_CLASS);
                        assertThat(feature.value()).isEqualTo(NetworkDetector.PRIVILEGED);
                    })
                    .anySatisfy(feature -> {
                        assertThat(feature.feature()).isEqualTo(NetworkDetector.STARTED_AFTER);
                        assertThat(feature.value()).contains("wallet-audit.app");
                    });
        });
        // a file run more than a day before the first connection is not linked to it
        assertThat(beaconAfterLaunch(30 * 3_600))
                .singleElement()
                .satisfies(found -> assertThat(found.features())
                        .noneSatisfy(
                                feature -> assertThat(feature.feature()).isEqualTo(NetworkDetector.STARTED_AFTER)));
    }

    @Test
    void randomConnections_toARareDestination_areNoBeacon() {
        NetworkDetector detector = new NetworkDetector();
        run(detector, ordinaryDays(4, 1));
        SplittableRandom random = new SplittableRandom(3);
        List<Event> visits = new ArrayList<>();
        Instant time = START.plus(Duration.ofDays(4)).plusSeconds(3_600);
        for (int i = 0; i < 40; i++) {
            visits.add(flow(time, "host-3", "forum.example.org", 500 + random.nextInt(20_000)));
            time = time.plusSeconds((long) (-900 * Math.log(1 - random.nextDouble())) + 1);
        }

        List<Finding> findings = run(detector, visits);

        assertThat(named(findings, NetworkDetector.BEACONING)).isEmpty();
        assertThat(named(findings, NetworkDetector.RARE_DESTINATION))
                .singleElement()
                .satisfies(f -> assertThat(f.entities()).containsExactly(EntityRef.host("host-3")));
    }

    @Test
    void dnsTunnel_manyLongRandomNames_isFound_ordinaryNamesAreNot() {
        NetworkDetector detector = new NetworkDetector();
        SplittableRandom random = new SplittableRandom(4);
        List<Event> ordinary = new ArrayList<>();
        List<Event> tunnel = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Instant time = START.plusSeconds(10L * i);
            ordinary.add(
                    dns(time, "host-1", List.of("www", "api", "cdn", "mail").get(i % 4) + ".example.com"));
            StringBuilder label = new StringBuilder();
            for (int c = 0; c < 48; c++) {
                label.append(Character.forDigit(random.nextInt(32), 32));
            }
            tunnel.add(dns(time, "host-2", label + ".t.exfil-cache.net"));
        }

        assertThat(run(detector, ordinary)).isEmpty();
        List<Finding> found = named(run(detector, tunnel), NetworkDetector.DNS_TUNNELLING);
        assertThat(found).isNotEmpty();
        assertThat(found.getFirst().summary()).contains("exfil-cache.net").contains("20 unique names");
    }

    private static Event dns(Instant time, String host, String name) {
        return event(time, "network", "dns.query")
                .with("host.name", host)
                .with("dns.question.name", name)
                .build();
    }

    @Test
    void outboundVolume_farAboveTheHostsHours_isFound() {
        NetworkDetector detector = new NetworkDetector();
        List<Event> events = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(5);
        for (int hour = 0; hour < 72; hour++) {
            events.add(flow(
                    START.plusSeconds(3_600L * hour + 60),
                    "host-5",
                    "site-1.example.com",
                    1_000_000 + random.nextInt(500_000)));
        }
        assertThat(run(detector, events)).isEmpty();

        Instant burst = START.plusSeconds(3_600L * 72 + 120);
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            found.addAll(detector.observe(
                    flow(burst.plusSeconds(60L * i), "host-5", "files.example.io", 40_000_000), NO_RISK));
        }

        assertThat(named(found, NetworkDetector.EXFILTRATION)).isNotEmpty();
        assertThat(named(found, NetworkDetector.EXFILTRATION).getFirst().summary())
                .contains("host-5");
    }

    @Test
    void fieldsThatDoNotRead_skipTheEvent() {
        NetworkDetector detector = new NetworkDetector();
        Event bad = event(START, "network", "flow")
                .with("host.name", "host-9")
                .with("destination.ip", "203.0.113.1")
                .with("destination.port", 70_000L)
                .build();

        assertThat(detector.observe(bad, NO_RISK)).isEmpty();
        assertThat(detector.entityUsage().stream()
                        .filter(usage -> usage.table().equals("network.hosts"))
                        .findFirst()
                        .orElseThrow()
                        .entities())
                .isZero();
    }

    @Test
    void checkpoint_restoredMidway_givesTheSameFindings() {
        List<Event> events = new ArrayList<>(ordinaryDays(4, 7));
        SplittableRandom random = new SplittableRandom(8);
        Instant time = START.plus(Duration.ofDays(4)).plusSeconds(3_600);
        for (int i = 0; i < 30; i++) {
            events.add(flow(time, "host-0", "c2.example.net", 700 + random.nextInt(30)));
            time = time.plusSeconds(300 + random.nextInt(31));
        }
        List<Finding> straight = run(new NetworkDetector(), events);

        NetworkDetector first = new NetworkDetector();
        int half = events.size() - 20;
        List<Finding> resumed = new ArrayList<>(run(first, events.subList(0, half)));
        NetworkDetector second = new NetworkDetector();
        second.restore(first.checkpoint());
        assertThat(second.checkpoint()).isEqualTo(first.checkpoint());
        resumed.addAll(run(second, events.subList(half, events.size())));

        assertThat(resumed.stream().map(Finding::explain).toList())
                .isEqualTo(straight.stream().map(Finding::explain).toList());
        assertThat(named(straight, NetworkDetector.BEACONING)).isNotEmpty();
    }

    @Test
    void regularity_fixedTimerScoresOne_randomTimesAboutHalf() {
        assertThat(Regularity.score(new double[] {600, 600, 600, 600, 600})).isEqualTo(1.0);
        SplittableRandom random = new SplittableRandom(9);
        double[] exponential = new double[2_000];
        for (int i = 0; i < exponential.length; i++) {
            exponential[i] = -Math.log(1 - random.nextDouble());
        }
        assertThat(Regularity.score(exponential)).isBetween(0.45, 0.6);
        assertThat(Regularity.randomTimingPValue(exponential)).isGreaterThan(0.01);
        assertThat(Regularity.chiSquaredLowerTail(2, 3.0))
                .isCloseTo(1 - Math.exp(-1.5), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(String.format(Locale.ROOT, "%.4f", Regularity.chiSquaredLowerTail(10, 3.94)))
                .isEqualTo("0.0500");
    }

    @Test
    void pairHistory_growsItsRing_andKeepsTheLastConnectionsInOrder() {
        PairHistory pair = new PairHistory(0);
        for (long second = 1; second <= 100; second++) {
            pair.add(second, 10 * second);
        }

        assertThat(pair.connections()).isEqualTo(100);
        assertThat(pair.timesSince(0)).hasSize(PairHistory.KEPT).startsWith(53L).endsWith(100L);
        assertThat(pair.bytesSince(95)).containsExactly(950L, 960L, 970L, 980L, 990L, 1_000L);
        PairHistory restored = PairHistory.fromState(pair.toState());
        assertThat(restored.toState()).isEqualTo(pair.toState());
        assertThat(restored.timesSince(0)).isEqualTo(pair.timesSince(0));
    }

    @Test
    void dnsNames_registeredDomainAndShape() {
        assertThat(DnsNames.registeredDomain("a.b.example.com")).isEqualTo("example.com");
        assertThat(DnsNames.registeredDomain("x.example.co.uk")).isEqualTo("example.co.uk");
        assertThat(DnsNames.subdomain("a.b.example.com", "example.com")).isEqualTo("a.b");
        assertThat(DnsNames.longestLabel("abc.defgh")).isEqualTo(5);
        assertThat(DnsNames.entropy("aaaa")).isZero();
        assertThat(DnsNames.entropy("abcd")).isEqualTo(2.0);
    }
}
