package dev.custos.detect.network;

import static dev.custos.detect.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The DNS-tunnelling test judges a window against what the host, then its peer group, usually asks, and falls back on
 * the fixed reference only when neither has history.
 */
class DnsLearningTest {
    private static final Instant START = Instant.parse("2025-03-03T00:00:00Z");
    private static final RiskView NO_RISK = entity -> 0;

    private static Event dns(Instant time, String host, String name) {
        return event(time, "network", "dns.query")
                .with("host.name", host)
                .with("dns.question.name", name)
                .build();
    }

    private static Event owner(Instant time, String user, String role) {
        return event(time, "iam", "user_created")
                .with("user.name", "svc-directory")
                .with("user.target.name", user)
                .with("custos.role", role)
                .build();
    }

    private static Event exec(Instant time, String host, String user) {
        return event(time, "process", "exec")
                .with("user.name", user)
                .with("host.name", host)
                .with("process.name", "ssh")
                .build();
    }

    private static String randomLabel(SplittableRandom random, int length) {
        StringBuilder label = new StringBuilder();
        for (int c = 0; c < length; c++) {
            label.append(Character.forDigit(random.nextInt(32), 32));
        }
        return label.toString();
    }

    /** Three days in which {@code host} asks {@code perHour} names an hour under {@code domain}, shaped by {@code shape}. */
    private static List<Event> history(
            String host, String domain, int perHour, java.util.function.IntFunction<String> shape) {
        List<Event> events = new ArrayList<>();
        int n = 0;
        for (int hour = 0; hour < 72; hour++) {
            for (int i = 0; i < perHour; i++) {
                events.add(dns(START.plusSeconds(3_600L * hour + 60L * i), host, shape.apply(n++) + "." + domain));
            }
        }
        return events;
    }

    private static List<Finding> run(NetworkDetector detector, List<Event> events) {
        List<Finding> findings = new ArrayList<>();
        for (Event event : events) {
            findings.addAll(detector.observe(event, NO_RISK));
        }
        return findings.stream()
                .filter(finding -> finding.detector().equals(NetworkDetector.DNS_TUNNELLING))
                .toList();
    }

    private static List<Event> burst(String host, String domain, int count, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Instant at = START.plus(Duration.ofDays(3)).plusSeconds(1_800);
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(dns(at.plusSeconds(20L * i), host, randomLabel(random, length) + "." + domain));
        }
        return events;
    }

    @Test
    void aHostWhoseOwnNamesAreLongAndRandom_isNotATunnel_butAHostOfPlainNamesIs() {
        NetworkDetector detector = new NetworkDetector();
        List<Event> setup = new ArrayList<>();
        setup.add(owner(START.minusSeconds(60), "mo", "media"));
        setup.add(owner(START.minusSeconds(60), "di", "support"));
        setup.add(exec(START.minusSeconds(30), "media-1", "mo"));
        setup.add(exec(START.minusSeconds(30), "desk-1", "di"));
        SplittableRandom random = new SplittableRandom(1);
        setup.addAll(history("media-1", "signed-cdn.example", 8, n -> randomLabel(random, 48)));
        setup.addAll(history(
                "desk-1",
                "intranet-tools.example",
                8,
                n -> List.of("www", "mail", "docs", "wiki").get(n % 4)));
        setup.sort((a, b) -> a.timestamp().compareTo(b.timestamp()));
        assertThat(run(detector, setup)).isEmpty();

        assertThat(run(detector, burst("media-1", "signed-cdn.example", 60, 48, 2)))
                .isEmpty();
        List<Finding> tunnel = run(detector, burst("desk-1", "t.exfil-cache.net", 60, 48, 3));
        assertThat(tunnel).isNotEmpty();
        assertThat(tunnel.getFirst().explain()).contains("host reference from");
    }

    @Test
    void aHostWithNoHistory_isJudgedByItsPeerGroup_thenByTheFixedReference() {
        NetworkDetector detector = new NetworkDetector();
        List<Event> setup = new ArrayList<>();
        setup.add(owner(START.minusSeconds(60), "mo", "media"));
        setup.add(owner(START.minusSeconds(60), "mi", "media"));
        setup.add(exec(START.minusSeconds(30), "media-1", "mo"));
        setup.add(exec(START.minusSeconds(30), "media-2", "mi"));
        SplittableRandom random = new SplittableRandom(4);
        setup.addAll(history("media-1", "signed-cdn.example", 8, n -> randomLabel(random, 48)));
        assertThat(run(detector, setup)).isEmpty();

        // media-2 never asked anything, but its peers' names look like this: no tunnel
        assertThat(run(detector, burst("media-2", "signed-cdn.example", 60, 48, 5)))
                .isEmpty();
        // a host with neither history nor peers is judged by the fixed reference, and 48-character random labels
        // are far from it
        List<Finding> cold = run(detector, burst("unowned-9", "t.exfil-cache.net", 60, 48, 6));
        assertThat(cold).isNotEmpty();
        assertThat(cold.getFirst().explain()).contains("fixed reference");
    }

    @Test
    void manyOrdinaryNames_underOneDomain_areNoTunnel() {
        NetworkDetector detector = new NetworkDetector();
        assertThat(run(detector, history("build-1", "pkg-mirror.example", 2, n -> "www")))
                .isEmpty();
        Instant at = START.plus(Duration.ofDays(3)).plusSeconds(1_800);
        List<Event> crawl = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            crawl.add(dns(at.plusSeconds(10L * i), "build-1", "node-" + i + ".pkg-mirror.example"));
        }
        // 80 unique names is far above the host's two an hour, but the names themselves are ordinary
        assertThat(run(detector, crawl)).isEmpty();
    }

    @Test
    void aReportedTunnelWindow_teachesTheHostNothing() {
        NetworkDetector detector = new NetworkDetector();
        run(detector, history("desk-1", "intranet-tools.example", 4, n -> "www"));
        assertThat(run(detector, burst("desk-1", "t.exfil-cache.net", 60, 48, 7)))
                .isNotEmpty();
        double before = profileNames(detector, "desk-1");
        assertThat(before).isPositive();
        // the next question, two hours on, closes the tunnel's window
        run(
                detector,
                List.of(dns(
                        START.plus(Duration.ofDays(3)).plusSeconds(9_000), "desk-1", "www.intranet-tools.example")));

        assertThat(profileNames(detector, "desk-1")).isEqualTo(before);
    }

    private static double profileNames(NetworkDetector detector, String host) {
        return detector.checkpoint()
                .get("hosts")
                .valueStream()
                .filter(entry -> entry.get("host").asText().equals(host))
                .findFirst()
                .orElseThrow()
                .get("traffic")
                .get("dns")
                .get("profile")
                .get("names")
                .asDouble();
    }

    @Test
    void labelProfile_shrinksTowardsItsParent_andKeepsTheFloors() {
        LabelProfile empty = new LabelProfile();
        LabelReference parent = LabelReference.FIXED;
        assertThat(empty.reference(parent, 50, "host").entropyMean()).isEqualTo(parent.entropyMean());

        DnsWindows windows = new DnsWindows();
        // more windows than the profile remembers names: the prior's 50 names weigh 50 of 2,050
        for (int hour = 0; hour < 3_000; hour++) {
            windows.ask("example.com", "www", 4_000L * hour, closed -> {});
        }
        LabelReference learned = windows.profile().reference(parent, 50, "host");
        assertThat(learned.entropyMean()).isLessThan(0.1);
        // within-profile spreads are pooled, not the spread between the host's mean and the parent's
        assertThat(learned.entropyDeviation()).isEqualTo(LabelReference.ENTROPY_FLOOR);
        assertThat(learned.longestDeviation()).isEqualTo(LabelReference.LONGEST_FLOOR);
        DnsWindows tenHours = new DnsWindows();
        for (int hour = 0; hour < 11; hour++) {
            tenHours.ask("example.com", "www", 4_000L * hour, closed -> {});
        }
        // ten plain names and the fixed reference: a mean between them, but no wide mixture
        LabelReference young = tenHours.profile().reference(parent, 50, "host");
        assertThat(young.entropyMean()).isBetween(2.5, 2.8);
        assertThat(young.entropyDeviation()).isLessThan(0.36);
        assertThat(learned.longestMean()).isBetween(3.0, 3.5);
        assertThat(LabelProfile.fromState(windows.profile().toState()).toState())
                .isEqualTo(windows.profile().toState());
    }
}
