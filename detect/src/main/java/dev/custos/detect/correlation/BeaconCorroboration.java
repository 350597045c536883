package dev.custos.detect.correlation;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.calibration.Evidence;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a beacon the way an analyst would (docs/DETECTION.md, "Corroborated beacons"). A regular beacon from a
 * <em>privileged</em> host (a signer node, or the host of a key holder, admin or operator) to a destination the host
 * never used before is what an implant looks like, but so is a personal sync tool; alone it stays medium. When an
 * independent signal on the same host or its owner corroborates it, the two become one high finding,
 * {@value #NAME}, with the chain as its evidence:
 *
 * <ul>
 *   <li>on the host: a file run or a package installed within the day before the destination's first connection
 *       (the likely origin of the beacon), or a start-up item created around it (new persistence); the network
 *       detector attaches these to the beacon itself;
 *   <li>in the risk ledgers of the host and its owner, within {@link #WINDOW} of the beacon: DNS tunnelling,
 *       exfiltration volume, a social-engineering chain or its foothold, or a credential used from a new place (a
 *       login from a never-seen country or network, a session cookie replayed from another network, impossible
 *       travel, a new device after an MFA reset, a signing credential from a new network or client).
 * </ul>
 *
 * The score is Fisher's combination of the two p-values (a host link, which has none, counts as {@value #HOST_LINK_P}),
 * never below {@value #HIGH_FLOOR}. A beacon on an ordinary host is left to the ledger's usual combination. Stateless:
 * it reads the ledgers, so it needs no checkpoint; one finding per beacon destination and strength.
 */
public final class BeaconCorroboration {
    public static final String NAME = "corroborated_beacon";
    /** The smallest score of a corroborated beacon: high. */
    static final int HIGH_FLOOR = 70;
    /** The p-value a host link (a launch, a start-up item) stands for: common alone, not rare. */
    static final double HOST_LINK_P = 0.05;
    /** How far apart in time the beacon and a ledger signal may be. */
    static final Duration WINDOW = Duration.ofDays(7);

    // Detector names are literals so that the correlation package depends on no detector.
    private static final String BEACONING = "beaconing";
    private static final Set<String> CORROBORATING = Set.of(
            "dns_tunnelling",
            "exfiltration_volume",
            "social_engineering_chain",
            "contact_then_execution",
            "credential_origin",
            "session_reuse_new_network",
            "impossible_travel",
            "mfa_reset_new_device");
    private static final String LOGIN_RARITY = "login_rarity";
    private static final Set<String> HOST_LINKS = Set.of("started_after", "persistence_item");

    private final Correlator correlator;

    public BeaconCorroboration(Correlator correlator) {
        this.correlator = requireNonNull(correlator, "correlator is null");
    }

    /**
     * The corroborated beacons that one event's findings complete, given the ledgers as they stand before the
     * findings are added. Each names the beacon's host and owner.
     */
    public List<Finding> corroborate(Event event, List<Finding> findings) {
        requireNonNull(event, "event is null");
        requireNonNull(findings, "findings is null");
        if (findings.isEmpty()) {
            return List.of();
        }
        List<Finding> made = new ArrayList<>();
        for (Finding finding : findings) {
            if (privilegedBeacon(finding)) {
                List<String> links = hostLinks(finding);
                Optional<Finding> signal = ledgerSignal(finding, findings);
                if (!links.isEmpty() || signal.isPresent()) {
                    add(made, corroborated(event, finding, links, signal));
                }
            } else if (corroborating(finding)) {
                for (Finding beacon :
                        correlator.combinedFindings(finding.entities(), BeaconCorroboration::privilegedBeacon)) {
                    if (near(beacon, finding)) {
                        add(made, corroborated(event, beacon, hostLinks(beacon), Optional.of(finding)));
                        break;
                    }
                }
            }
        }
        return made;
    }

    private void add(List<Finding> made, Finding candidate) {
        String destination = destinationOf(candidate);
        for (Finding other : made) {
            if (other.primaryEntity().equals(candidate.primaryEntity())
                    && destinationOf(other).equals(destination)) {
                return;
            }
        }
        List<Finding> earlier = correlator.combinedFindings(
                candidate.entities(),
                finding -> finding.detector().equals(NAME)
                        && finding.primaryEntity().equals(candidate.primaryEntity())
                        && destinationOf(finding).equals(destination)
                        && finding.score() >= candidate.score());
        if (earlier.isEmpty()) {
            made.add(candidate);
        }
    }

    private Optional<Finding> ledgerSignal(Finding beacon, List<Finding> sameEvent) {
        for (Finding finding : sameEvent) {
            if (corroborating(finding) && sharesEntity(finding, beacon)) {
                return Optional.of(finding);
            }
        }
        return correlator.combinedFindings(beacon.entities(), BeaconCorroboration::corroborating).stream()
                .filter(finding -> near(beacon, finding))
                .findFirst();
    }

    private Finding corroborated(Event event, Finding beacon, List<String> links, Optional<Finding> signal) {
        double p = Evidence.pValueOf(beacon.score());
        List<FeatureEvidence> evidence = new ArrayList<>();
        evidence.add(new FeatureEvidence(
                "destination", destinationOf(beacon), "first used by the host within the last 14 days"));
        evidence.add(new FeatureEvidence(
                "1_beacon", beacon.eventReference() + " at " + beacon.timestamp(), beacon.summary()));
        List<String> described = new ArrayList<>();
        int step = 2;
        for (String link : links) {
            evidence.add(new FeatureEvidence(step++ + "_host", link, "on the beacon's host"));
            described.add(link);
            p = Evidence.fisher(p, HOST_LINK_P);
        }
        if (signal.isPresent()) {
            Finding other = signal.get();
            evidence.add(new FeatureEvidence(
                    step + "_" + other.detector(),
                    other.eventReference() + " at " + other.timestamp(),
                    other.summary()));
            described.add(other.detector() + " at " + other.timestamp());
            p = Evidence.fisher(p, Evidence.pValueOf(other.score()));
        }
        int score = Math.max(HIGH_FLOOR, Evidence.score(p));
        return new Finding(
                NAME,
                beacon.stage(),
                Math.min(100, score),
                beacon.entities(),
                event.timestamp(),
                event.reference(),
                beacon.primaryEntity() + " (privileged) beacons to " + destinationOf(beacon)
                        + ", a destination new to it, corroborated by: " + String.join("; ", described),
                evidence,
                FindingSeverity.NORMAL);
    }

    private static boolean near(Finding beacon, Finding other) {
        return Duration.between(beacon.timestamp(), other.timestamp()).abs().compareTo(WINDOW) <= 0;
    }

    private static boolean sharesEntity(Finding a, Finding b) {
        Set<EntityRef> entities = new LinkedHashSet<>(a.entities());
        return b.entities().stream().anyMatch(entities::contains);
    }

    private static List<String> hostLinks(Finding beacon) {
        return beacon.features().stream()
                .filter(feature -> HOST_LINKS.contains(feature.feature()))
                .map(FeatureEvidence::value)
                .toList();
    }

    static boolean privilegedBeacon(Finding finding) {
        return finding.detector().equals(BEACONING)
                && finding.features().stream()
                        .anyMatch(feature -> feature.feature().equals("host_class")
                                && feature.value().equals("privileged"));
    }

    static boolean corroborating(Finding finding) {
        if (CORROBORATING.contains(finding.detector())) {
            return true;
        }
        return finding.detector().equals(LOGIN_RARITY)
                && finding.features().stream()
                        .anyMatch(feature -> (feature.feature().equals("country")
                                        || feature.feature().equals("asn"))
                                && feature.baseline().startsWith("never seen"));
    }

    private static String destinationOf(Finding finding) {
        for (FeatureEvidence feature : finding.features()) {
            if (feature.feature().equals("destination")) {
                return feature.value();
            }
        }
        return "";
    }
}
