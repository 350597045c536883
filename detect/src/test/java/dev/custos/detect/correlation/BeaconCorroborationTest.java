package dev.custos.detect.correlation;

import static dev.custos.detect.TestEvents.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.output.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A beacon on a privileged host becomes high only with an independent signal on the same host or owner; alone, or on
 * an ordinary host, it stays where the ledger puts it.
 */
class BeaconCorroborationTest {
    private static final Instant T0 = Instant.parse("2025-03-10T10:00:00Z");
    private static final EntityRef HOST = EntityRef.host("laptop-ana");
    private static final EntityRef ANA = EntityRef.user("ana");

    private final Correlator correlator = new Correlator(CorrelationSettings.DEFAULT);
    private final BeaconCorroboration corroboration = new BeaconCorroboration(correlator);

    private static Finding beacon(Instant time, String hostClass, FeatureEvidence... extra) {
        List<FeatureEvidence> features = new ArrayList<>(List.of(
                new FeatureEvidence("destination", "cdn-7f.static-assets.example", "connected to"),
                new FeatureEvidence("host_class", hostClass, "role key_holder")));
        features.addAll(List.of(extra));
        return new Finding(
                "beaconing",
                KillChainStage.PERSISTENCE,
                44,
                List.of(HOST, ANA),
                time,
                "flow-" + time.getEpochSecond(),
                "host laptop-ana beacons to cdn-7f.static-assets.example",
                features,
                FindingSeverity.NORMAL);
    }

    private static Finding signal(
            String detector, int score, Instant time, List<EntityRef> entities, FeatureEvidence f) {
        return new Finding(
                detector,
                KillChainStage.INITIAL_ACCESS,
                score,
                entities,
                time,
                "evt-" + detector,
                detector + " on " + entities.getFirst(),
                List.of(f),
                FindingSeverity.NORMAL);
    }

    private static Event at(Instant time) {
        return event(time, "network", "flow").with("host.name", "laptop-ana").build();
    }

    /** Runs one event's findings through corroboration and the correlator, as the pipeline does. */
    private List<Finding> step(Instant time, Finding... findings) {
        correlator.advanceTo(time);
        List<Finding> made = corroboration.corroborate(at(time), List.of(findings));
        List<Finding> all = new ArrayList<>(List.of(findings));
        all.addAll(made);
        alerts.addAll(correlator.ingest(all));
        return made;
    }

    private final List<Alert> alerts = new ArrayList<>();

    @Test
    void privilegedBeacon_startedRightAfterALaunch_isHigh_withTheChain() {
        Finding beacon = beacon(
                T0,
                "privileged",
                new FeatureEvidence(
                        "started_after", "ran /Users/ana/Downloads/wallet-audit.app at 2025-03-10T08:58:00Z", "1 h"));

        List<Finding> made = step(T0, beacon);

        assertThat(made).singleElement().satisfies(finding -> {
            assertThat(finding.detector()).isEqualTo(BeaconCorroboration.NAME);
            assertThat(finding.score()).isGreaterThanOrEqualTo(BeaconCorroboration.HIGH_FLOOR);
            assertThat(finding.entities()).containsExactly(HOST, ANA);
            assertThat(finding.features().stream().map(FeatureEvidence::feature))
                    .containsExactly("destination", "1_beacon", "2_host");
            assertThat(finding.summary()).contains("wallet-audit.app").contains("cdn-7f.static-assets.example");
        });
        assertThat(alerts)
                .singleElement()
                .satisfies(alert -> assertThat(alert.severity()).isIn("high", "critical"));
    }

    @Test
    void privilegedBeacon_alone_isNotRaised() {
        assertThat(step(T0, beacon(T0, "privileged"))).isEmpty();
        assertThat(correlator.riskOf(HOST)).isEqualTo(44);
        assertThat(alerts).isEmpty();
    }

    @Test
    void ordinaryHostsBeacon_withATunnelOnTheHost_isNotCorroborated() {
        step(T0, signal("dns_tunnelling", 45, T0, List.of(HOST, ANA), new FeatureEvidence("unique_names", "60", "")));

        assertThat(step(T0.plusSeconds(3_600), beacon(T0.plusSeconds(3_600), "ordinary")))
                .isEmpty();
    }

    @Test
    void loginFromANewCountry_afterAPrivilegedBeacon_corroboratesIt_onTheOwner() {
        step(T0, beacon(T0, "privileged"));
        Instant later = T0.plus(Duration.ofDays(2));

        List<Finding> made = step(
                later,
                signal(
                        "login_rarity",
                        40,
                        later,
                        List.of(ANA),
                        new FeatureEvidence("country", "RO", "never seen in 40 observations (1 distinct)")));

        assertThat(made).singleElement().satisfies(finding -> {
            assertThat(finding.entities()).containsExactly(HOST, ANA);
            assertThat(finding.timestamp()).isEqualTo(later);
            assertThat(finding.features().getLast().feature()).isEqualTo("2_login_rarity");
        });
        assertThat(correlator.riskOf(HOST)).isGreaterThanOrEqualTo(65);
    }

    @Test
    void anUnusualHourOnly_orASignalAWeekAway_corroboratesNothing() {
        step(T0, beacon(T0, "privileged"));
        Instant later = T0.plus(Duration.ofDays(1));
        assertThat(step(
                        later,
                        signal(
                                "login_rarity",
                                30,
                                later,
                                List.of(ANA),
                                new FeatureEvidence("hour_of_week", "weekday-03", "never seen in 40 observations"))))
                .isEmpty();

        Instant farLater = T0.plus(Duration.ofDays(8));
        assertThat(step(
                        farLater,
                        signal(
                                "exfiltration_volume",
                                50,
                                farLater,
                                List.of(HOST, ANA),
                                new FeatureEvidence("outbound_bytes_hour", "900000000", ""))))
                .isEmpty();
    }

    @Test
    void theSameBeacon_isCorroboratedOnce_unlessTheEvidenceGrows() {
        step(T0, beacon(T0, "privileged"));
        Instant first = T0.plusSeconds(3_600);
        Finding tunnel = signal("dns_tunnelling", 45, first, List.of(HOST, ANA), new FeatureEvidence("u", "60", ""));
        assertThat(step(first, tunnel)).hasSize(1);

        Instant second = first.plusSeconds(600);
        assertThat(step(
                        second,
                        signal("dns_tunnelling", 45, second, List.of(HOST, ANA), new FeatureEvidence("u", "90", ""))))
                .isEmpty();
    }
}
