package dev.custos.detect.network;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.calibration.Evidence;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.StateJson;
import dev.custos.events.DnsQueryEvent;
import dev.custos.events.FileEvent;
import dev.custos.events.InvalidEventException;
import dev.custos.events.NetworkAddresses;
import dev.custos.events.NetworkFlowEvent;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Per-host network baselines from flow and DNS events (docs/DETECTION.md, "Network, DNS, e-mail and file detectors"):
 *
 * <ul>
 *   <li>{@value #RARE_DESTINATION}: a host's first connection to an external destination that its peers (the hosts
 *       whose owners share a role) rarely use; the host's own rate of new destinations and the peer share, combined.
 *   <li>{@value #BEACONING}: a new host→destination pair whose connections over the last day are regular in time and
 *       size ({@link Regularity}), used by few hosts of the organisation.
 *   <li>{@value #DNS_TUNNELLING}: many unique, long, high-entropy names under one registered domain from one host
 *       within an hour.
 *   <li>{@value #EXFILTRATION}: a host's outbound bytes this hour far above its own hours.
 * </ul>
 *
 * Privileged hosts (signer nodes, hosts of key holders and admins: {@link HostOwners}) weigh more: their p-values are
 * multiplied by {@value #PRIVILEGED_FACTOR}. Fields that do not read make the event skipped. Bounded: hosts and
 * destinations in {@link EntityTable}s with the pipeline's limits, fixed-size state per host.
 */
public final class NetworkDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "network";
    public static final String BEACONING = "beaconing";
    public static final String RARE_DESTINATION = "rare_destination";
    public static final String DNS_TUNNELLING = "dns_tunnelling";
    public static final String EXFILTRATION = "exfiltration_volume";

    static final double PRIVILEGED_FACTOR = 0.3;

    /** A beacon's evidence feature: {@value #PRIVILEGED} or {@value #ORDINARY}. */
    public static final String HOST_CLASS = "host_class";

    public static final String PRIVILEGED = "privileged";
    public static final String ORDINARY = "ordinary";
    /** A beacon's evidence feature: the launch on the host just before its first connection. */
    public static final String STARTED_AFTER = "started_after";
    /** A beacon's evidence feature: a start-up item created on the host around its first connection. */
    public static final String PERSISTENCE_ITEM = "persistence_item";
    /** A host needs this many external connections before a new destination counts as rare. */
    static final long MIN_HOST_CONNECTIONS = 50;
    /** ... and this much history, in seconds (three days). */
    static final long MIN_HOST_AGE = 3 * 86_400;

    static final int MIN_SCORE = 25;
    static final int MIN_BEACON_CONNECTIONS = 12;
    static final long BEACON_WINDOW = 86_400;
    static final long BEACON_REPORT_EVERY = 6 * 3_600;
    /** A pair this old (since its first connection) is established, no longer a new beacon: 14 days. */
    static final long NEW_PAIR_AGE = 14 * 86_400;

    static final double MIN_REGULARITY = 0.8;
    /**
     * A pair whose first connection comes this soon after a launch on the host is linked to it: a day, since an
     * implant run in the evening first calls home when the laptop wakes (or after a deliberate delay).
     */
    static final long LAUNCH_WINDOW = 86_400;
    /** A start-up item created this long before a pair's first connection, or any time after, is linked to it. */
    static final long PERSISTENCE_WINDOW = 86_400;

    static final int MIN_DNS_UNIQUE = 20;
    static final int MIN_DNS_SCORE = 40;
    static final long MIN_EXFIL_BYTES = 50L * 1024 * 1024;
    static final int MIN_EXFIL_HOURS = 24;
    static final int MIN_EXFIL_SCORE = 33;

    private final HostOwners owners;
    private final EntityTable<String, HostTraffic> hosts;
    private final DestinationPrevalence prevalence;
    private final DnsTunnelling tunnelling = new DnsTunnelling();
    private Map<String, Integer> groupSizes = Map.of();
    private long groupSizesHour = -1;

    public NetworkDetector() {
        this(EntityLimits.DEFAULT);
    }

    public NetworkDetector(EntityLimits limits) {
        requireNonNull(limits, "limits is null");
        this.owners = new HostOwners(NAME, limits);
        this.hosts = new EntityTable<>(NAME + ".hosts", limits);
        this.prevalence = new DestinationPrevalence(NAME, limits);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        owners.learn(event);
        if (event.category().equals(EventFields.CATEGORY_FILE)) {
            hostLaunch(event);
            return List.of();
        }
        if (!event.category().equals(EventFields.CATEGORY_NETWORK)) {
            return List.of();
        }
        try {
            return switch (event.action()) {
                case EventFields.ACTION_FLOW -> flow(event, NetworkFlowEvent.read(event.fields()));
                case EventFields.ACTION_DNS_QUERY -> dns(event, DnsQueryEvent.read(event.fields()));
                default -> List.of();
            };
        } catch (InvalidEventException e) {
            return List.of();
        }
    }

    /**
     * Remembers, on a host with network history, the last file run or package installed and the last start-up item
     * created: a beacon that starts right after a launch, or near a new start-up item, is corroborated on the host.
     */
    private void hostLaunch(Event event) {
        FileEvent file;
        try {
            file = FileEvent.read(event.action(), event.fields());
        } catch (InvalidEventException e) {
            return;
        }
        HostTraffic traffic = hosts.peek(file.host());
        if (traffic == null) {
            return;
        }
        long second = event.timestamp().getEpochSecond();
        String what = file.path().orElse(file.fileName());
        switch (file.action()) {
            case EventFields.ACTION_FILE_EXECUTION ->
                traffic.launched(second, "ran " + what + " at " + event.timestamp() + " (" + event.reference() + ")");
            case EventFields.ACTION_PACKAGE_INSTALL ->
                traffic.launched(
                        second,
                        "installed package " + file.packageName().orElse(file.fileName()) + " at " + event.timestamp()
                                + " (" + event.reference() + ")");
            case EventFields.ACTION_FILE_CREATION -> {
                if (file.path().isPresent()
                        && PersistencePaths.isPersistence(file.path().get())) {
                    traffic.persisted(
                            second,
                            "created start-up item " + file.path().get() + " at " + event.timestamp() + " ("
                                    + event.reference() + ")");
                }
            }
            default -> {
                // downloads and other file events start nothing
            }
        }
    }

    private List<Finding> flow(Event event, NetworkFlowEvent flow) {
        if (!flow.external()) {
            return List.of();
        }
        Instant now = event.timestamp();
        long second = now.getEpochSecond();
        String host = flow.host();
        HostTraffic traffic = hosts.touch(host, now, key -> new HostTraffic(second));
        String destination = flow.destination();
        DestinationPrevalence.Users users = prevalence.touch(destination, now);
        boolean privileged = owners.privileged(host);
        List<Finding> findings = new ArrayList<>();
        if (traffic.pair(destination) == null) {
            rareDestination(event, flow, traffic, users, privileged).ifPresent(findings::add);
        }
        long bytesOut = flow.bytesOut().orElse(-1);
        boolean newPair = traffic.pair(destination) == null;
        PairHistory pair = traffic.connect(destination, second, bytesOut);
        if (newPair) {
            pair.launchedAfter(traffic.launchBefore(second, LAUNCH_WINDOW));
        }
        users.add(host);
        beacon(event, flow, traffic, pair, users, privileged).ifPresent(findings::add);
        if (bytesOut > 0) {
            exfiltration(event, flow, traffic, traffic.addOutbound(second, bytesOut), privileged)
                    .ifPresent(findings::add);
        }
        return findings;
    }

    private Optional<Finding> rareDestination(
            Event event,
            NetworkFlowEvent flow,
            HostTraffic traffic,
            DestinationPrevalence.Users users,
            boolean privileged) {
        long second = event.timestamp().getEpochSecond();
        if (users.popular
                || traffic.connections() < MIN_HOST_CONNECTIONS
                || second - traffic.firstSeen() < MIN_HOST_AGE) {
            return Optional.empty();
        }
        String group = owners.peerGroupOf(flow.host());
        int peers = Math.max(1, groupSize(group, second));
        int peerUsers = 0;
        for (String other : users.hosts) {
            if (!other.equals(flow.host()) && owners.peerGroupOf(other).equals(group)) {
                peerUsers++;
            }
        }
        double hostP = Evidence.rarity(0, (double) traffic.connections(), (double) Math.max(1, traffic.distinct()));
        double peerP = Math.min(1, (peerUsers + 1.0) / (peers + 1.0));
        double p = weigh(Evidence.fisher(hostP, peerP), privileged);
        int score = Evidence.score(p);
        if (score < MIN_SCORE) {
            return Optional.empty();
        }
        List<FeatureEvidence> evidence = List.of(
                new FeatureEvidence(
                        "destination",
                        describe(flow),
                        String.format(
                                java.util.Locale.ROOT,
                                "first time for this host in %d connections to %d destinations; p = %.2g",
                                traffic.connections(),
                                traffic.distinct(),
                                hostP)),
                new FeatureEvidence(
                        "peer_group",
                        group,
                        String.format(
                                java.util.Locale.ROOT,
                                "used by %d of %d peer hosts, %d hosts in all; p = %.2g",
                                peerUsers,
                                peers,
                                users.count(),
                                peerP)));
        return Optional.of(finding(
                event,
                RARE_DESTINATION,
                KillChainStage.INITIAL_ACCESS,
                score,
                List.of(EntityRef.host(flow.host())),
                String.format(
                        java.util.Locale.ROOT,
                        "host %s%s connected to %s, new for it and rare among its peers (p = %.2g)",
                        flow.host(),
                        privileged ? " (privileged)" : "",
                        flow.destination(),
                        p),
                evidence));
    }

    private Optional<Finding> beacon(
            Event event,
            NetworkFlowEvent flow,
            HostTraffic traffic,
            PairHistory pair,
            DestinationPrevalence.Users users,
            boolean privileged) {
        long second = event.timestamp().getEpochSecond();
        if (users.popular
                || pair.connections() < MIN_BEACON_CONNECTIONS
                || pair.firstSeen() - traffic.firstSeen() < MIN_HOST_AGE
                || second - pair.firstSeen() > NEW_PAIR_AGE
                || (pair.lastReported() > 0 && second - pair.lastReported() < BEACON_REPORT_EVERY)) {
            return Optional.empty();
        }
        long since = second - BEACON_WINDOW;
        long[] times = pair.timesSince(since);
        if (times.length < MIN_BEACON_CONNECTIONS) {
            return Optional.empty();
        }
        double[] intervals = new double[times.length - 1];
        for (int i = 1; i < times.length; i++) {
            intervals[i - 1] = times[i] - times[i - 1];
        }
        double timing = Regularity.score(intervals);
        long[] sent = pair.bytesSince(since);
        boolean sized = true;
        double[] sizes = new double[sent.length];
        for (int i = 0; i < sent.length; i++) {
            sized &= sent[i] >= 0;
            sizes[i] = sent[i];
        }
        double size = sized ? Regularity.score(sizes) : timing;
        double regularity = (timing + size) / 2;
        if (regularity < MIN_REGULARITY) {
            return Optional.empty();
        }
        double timingP = Regularity.randomTimingPValue(intervals);
        int hostsSeen = hosts.size();
        double prevalenceP = Math.min(1, users.count() / (hostsSeen + 1.0));
        double p = weigh(Math.max(timingP, prevalenceP), privileged);
        int score = Evidence.score(p);
        if (score < MIN_SCORE) {
            return Optional.empty();
        }
        pair.reported(second);
        double[] sortedIntervals = intervals.clone();
        java.util.Arrays.sort(sortedIntervals);
        List<FeatureEvidence> evidence = new ArrayList<>(List.of(
                new FeatureEvidence("destination", flow.destination(), "connected to as " + describe(flow)),
                new FeatureEvidence(
                        "interval",
                        String.format(
                                java.util.Locale.ROOT,
                                "median %.0f s over %d connections in 24 h",
                                Regularity.quantile(sortedIntervals, 0.5),
                                times.length),
                        String.format(
                                java.util.Locale.ROOT,
                                "timing regularity %.2f, size regularity %.2f (1 = a fixed timer); random timing p = %.2g",
                                timing,
                                sized ? size : Double.NaN,
                                timingP)),
                new FeatureEvidence(
                        "prevalence",
                        users.count() + " host(s)",
                        String.format(
                                java.util.Locale.ROOT,
                                "of %d hosts seen; first connection %s",
                                hostsSeen,
                                Instant.ofEpochSecond(pair.firstSeen()))),
                new FeatureEvidence(
                        HOST_CLASS,
                        privileged ? PRIVILEGED : ORDINARY,
                        privileged
                                ? "signer node or owner in a privileged role (" + owners.peerGroupOf(flow.host()) + ")"
                                : "owner's role " + owners.peerGroupOf(flow.host()))));
        String launch = pair.launchedAfter();
        if (launch != null) {
            evidence.add(new FeatureEvidence(
                    STARTED_AFTER, launch, "within " + LAUNCH_WINDOW / 3_600 + " h before the first connection"));
        }
        String persistence = traffic.persistenceSince(pair.firstSeen() - PERSISTENCE_WINDOW);
        if (persistence != null) {
            evidence.add(new FeatureEvidence(
                    PERSISTENCE_ITEM,
                    persistence,
                    "from " + PERSISTENCE_WINDOW / 3_600 + " h before the first connection on"));
        }
        return Optional.of(finding(
                event,
                BEACONING,
                KillChainStage.PERSISTENCE,
                score,
                hostAndOwner(flow.host()),
                String.format(
                        java.util.Locale.ROOT,
                        "host %s%s beacons to %s: regular connections (score %.2f) to a destination few hosts use (p = %.2g)",
                        flow.host(),
                        privileged ? " (privileged)" : "",
                        describe(flow),
                        regularity,
                        p),
                evidence));
    }

    private Optional<Finding> exfiltration(
            Event event, NetworkFlowEvent flow, HostTraffic traffic, long hourTotal, boolean privileged) {
        if (hourTotal < MIN_EXFIL_BYTES) {
            return Optional.empty();
        }
        long[] earlier = traffic.activeEarlierHours();
        if (earlier.length < MIN_EXFIL_HOURS) {
            return Optional.empty();
        }
        double mean = 0;
        long largest = 0;
        for (long total : earlier) {
            mean += Math.log10((double) total);
            largest = Math.max(largest, total);
        }
        mean /= earlier.length;
        double variance = 0;
        for (long total : earlier) {
            variance += Math.pow(Math.log10((double) total) - mean, 2);
        }
        double deviation = Math.max(0.3, Math.sqrt(variance / (earlier.length - 1)));
        if (hourTotal <= largest) {
            return Optional.empty();
        }
        double z = (Math.log10((double) hourTotal) - mean) / deviation;
        double p = weigh(Evidence.normalTail(z), privileged);
        int score = Evidence.score(p);
        if (score < MIN_EXFIL_SCORE || score < traffic.exfilScoreThisHour() + 10) {
            return Optional.empty();
        }
        traffic.exfilReported(score);
        return Optional.of(finding(
                event,
                EXFILTRATION,
                KillChainStage.STAGING,
                score,
                hostAndOwner(flow.host()),
                String.format(
                        java.util.Locale.ROOT,
                        "host %s sent %.1f MB out this hour, above every one of its %d active hours (p = %.2g)",
                        flow.host(),
                        hourTotal / 1e6,
                        earlier.length,
                        p),
                List.of(new FeatureEvidence(
                        "outbound_bytes_hour",
                        Long.toString(hourTotal),
                        String.format(
                                java.util.Locale.ROOT,
                                "usual hour about %.1f MB (geometric mean), largest %.1f MB; last destination %s",
                                Math.pow(10, mean) / 1e6,
                                largest / 1e6,
                                describe(flow))))));
    }

    private List<Finding> dns(Event event, DnsQueryEvent query) {
        String registered = DnsNames.registeredDomain(query.questionName());
        if (NetworkAddresses.isInternalDomain(query.questionName())) {
            return List.of();
        }
        Instant now = event.timestamp();
        long second = now.getEpochSecond();
        HostTraffic traffic = hosts.touch(query.host(), now, key -> new HostTraffic(second));
        String group = owners.peerGroupOf(query.host());
        DnsWindows.Window window = traffic.dns.ask(
                registered,
                DnsNames.subdomain(query.questionName(), registered),
                second,
                closed -> tunnelling.learn(group, closed));
        if (window == null) {
            return List.of();
        }
        int unique = window.unique.size();
        if (unique < MIN_DNS_UNIQUE || unique < 2 * window.reportedUnique) {
            return List.of();
        }
        DnsTunnelling.Verdict verdict = tunnelling.judge(window, traffic.dns.profile(), traffic.dns.typical(), group);
        boolean privileged = owners.privileged(query.host());
        double p = weigh(verdict.p(), privileged);
        int score = Evidence.score(p);
        if (score < MIN_DNS_SCORE) {
            return List.of();
        }
        window.reportedUnique = unique;
        return List.of(finding(
                event,
                DNS_TUNNELLING,
                KillChainStage.STAGING,
                score,
                hostAndOwner(query.host()),
                String.format(
                        java.util.Locale.ROOT,
                        "host %s asked %d unique names under %s within an hour: long, high-entropy labels (p = %.2g)",
                        query.host(),
                        unique,
                        registered,
                        p),
                List.of(
                        new FeatureEvidence(
                                "unique_names",
                                Integer.toString(unique),
                                String.format(
                                        java.util.Locale.ROOT,
                                        "host's typical %.1f per domain and hour (peer group's counted); p = %.2g",
                                        verdict.expectedUnique() / 2,
                                        verdict.uniqueP())),
                        new FeatureEvidence(
                                "label_shape",
                                String.format(
                                        java.util.Locale.ROOT,
                                        "entropy %.2f bits/char, longest label %.0f; e.g. %s.%s",
                                        window.meanEntropy(),
                                        window.meanLongest(),
                                        window.unique.iterator().next(),
                                        registered),
                                DnsTunnelling.describe(verdict)))));
    }

    private static double weigh(double p, boolean privileged) {
        return privileged ? p * PRIVILEGED_FACTOR : p;
    }

    private List<EntityRef> hostAndOwner(String host) {
        List<EntityRef> entities = new ArrayList<>();
        entities.add(EntityRef.host(host));
        owners.ownerOf(host).map(EntityRef::user).ifPresent(entities::add);
        return entities;
    }

    private int groupSize(String group, long second) {
        long hour = second / 3_600;
        if (hour != groupSizesHour) {
            Map<String, Integer> sizes = new TreeMap<>();
            hosts.forEach((host, traffic, lastSeen) -> sizes.merge(owners.peerGroupOf(host), 1, Integer::sum));
            groupSizes = sizes;
            groupSizesHour = hour;
        }
        return groupSizes.getOrDefault(group, 0);
    }

    private static String describe(NetworkFlowEvent flow) {
        StringBuilder text = new StringBuilder(flow.destination());
        if (flow.destinationDomain().isPresent() && flow.destinationIp().isPresent()) {
            text.append(" (").append(flow.destinationIp().get()).append(')');
        }
        flow.port().ifPresent(port -> text.append(':').append(port));
        return text.toString();
    }

    private static Finding finding(
            Event event,
            String detector,
            KillChainStage stage,
            int score,
            List<EntityRef> entities,
            String summary,
            List<FeatureEvidence> evidence) {
        return new Finding(
                detector,
                stage,
                Math.max(1, score),
                entities,
                event.timestamp(),
                event.reference(),
                summary,
                evidence,
                FindingSeverity.NORMAL);
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        List<EntityTableUsage> usage = new ArrayList<>(owners.usage());
        usage.add(hosts.usage());
        usage.add(prevalence.usage());
        return usage;
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        node.set("owners", owners.toState());
        hosts.writeState(node.putObject("hosts_table"));
        ArrayNode entries = node.putArray("hosts");
        hosts.forEach((host, traffic, lastSeen) -> {
            ObjectNode entry = entries.addObject().put("host", host);
            entry.set("traffic", traffic.toState());
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        node.set("prevalence", prevalence.toState());
        node.set("dns_groups", tunnelling.toState());
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        owners.restore(StateJson.object(state, "owners"));
        EntityTable.Restorer<String, HostTraffic> restored = hosts.restorer(StateJson.object(state, "hosts_table"));
        for (JsonNode entry : StateJson.array(state, "hosts")) {
            restored.add(
                    StateJson.text(entry, "host"), HostTraffic.fromState(StateJson.object(entry, "traffic")), entry);
        }
        restored.finish();
        prevalence.restore(StateJson.object(state, "prevalence"));
        tunnelling.restore(state.get("dns_groups"));
        groupSizesHour = -1;
    }
}
