package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;

/**
 * What a scenario needs to inject an attack into a simulated organisation: the time of the theft, victims, fresh
 * attacker infrastructure (networks, devices, addresses never used by anyone before), an event sink, and the
 * bookkeeping of ground truth.
 */
public final class AttackContext {
    private static final List<Place> ATTACKER_PLACES = List.of(
            new Place("NL", "Amsterdam", 52.37, 4.90, 1, 1),
            new Place("RO", "Bucharest", 44.43, 26.10, 1, 2),
            new Place("HK", "Hong Kong", 22.32, 114.17, 1, 8),
            new Place("RU", "Vladivostok", 43.12, 131.89, 1, 10),
            new Place("CN", "Shenyang", 41.80, 123.43, 1, 8),
            new Place("US", "Ashburn", 39.04, -77.49, 1, -5),
            new Place("SG", "Singapore", 1.35, 103.82, 1, 8));
    private static final List<String> TOOL_AGENTS = List.of(
            "python-requests/2.32",
            "curl/8.7.1",
            "Go-http-client/2.0",
            "okhttp/4.12.0",
            "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/124.0 Safari/537.36");

    private final SimulatedOrganisation history;
    private final RandomGenerator random;
    private final EventSink sink;
    private final Instant theftTime;
    private final List<String> theftRequests = new ArrayList<>();
    private final List<Double> theftAmounts = new ArrayList<>();
    private final Set<String> attackRequests = new TreeSet<>();
    private final Set<String> entities = new TreeSet<>();
    private final Map<String, Double> drained = new HashMap<>();
    private final Set<String> beacons = new TreeSet<>();
    private double stolenUsd;

    public AttackContext(SimulatedOrganisation history, RandomGenerator random, Instant theftTime) {
        this.history = requireNonNull(history, "history is null");
        this.random = requireNonNull(random, "random is null");
        this.theftTime = requireNonNull(theftTime, "theftTime is null");
        if (!theftTime.isAfter(history.settings().start())
                || !theftTime.isBefore(history.settings().end())) {
            throw new IllegalArgumentException("theft time outside the simulated period: " + theftTime);
        }
        // Injected events sort after history events at the same instant.
        this.sink = new EventSink(history.events().size());
    }

    public Organisation organisation() {
        return history.organisation();
    }

    public RandomGenerator random() {
        return random;
    }

    public EventSink sink() {
        return sink;
    }

    /** When the (first) theft request is made. */
    public Instant theftTime() {
        return theftTime;
    }

    /**
     * {@code before} ahead of the theft, but never before the first simulated day: a preparation longer than the
     * history is moved to 12 hours after the start plus up to 10 hours derived from the theft time (short simulations
     * compress long preparations).
     */
    public Instant before(Duration before) {
        Instant time = theftTime.minus(before);
        Instant earliest = history.settings().start().plus(Duration.ofHours(12));
        return time.isBefore(earliest) ? earliest.plus(Duration.ofMinutes(theftTime.getEpochSecond() % 600)) : time;
    }

    /**
     * A random person in the role, different from {@code others} when the role has enough people, recorded as acted
     * through.
     */
    public Person victim(Role role, Person... others) {
        List<Person> candidates = new ArrayList<>(organisation().inRole(role));
        candidates.removeAll(List.of(others));
        if (candidates.isEmpty()) {
            // A small organisation: one person plays several parts.
            candidates.addAll(organisation().inRole(role));
        }
        Person person = Randoms.pick(random, candidates);
        entities.add(person.name());
        return person;
    }

    /** Records an identity or wallet the attacker acts through. */
    public void involve(String entity) {
        entities.add(requireNonNull(entity, "entity is null"));
    }

    /** Records a host→destination pair an implant beacons on (ground truth for the beacon figures). */
    public void beacon(String host, String destination) {
        beacons.add(requireNonNull(host, "host is null") + " -> " + requireNonNull(destination, "destination is null"));
    }

    /** The wallet's balance at {@code time}, less what this scenario already moved out of it. */
    public double balance(Wallet wallet, Instant time) {
        double moved = drained.getOrDefault(wallet.id(), 0.0);
        return Math.max(0, history.treasury().balanceAt(wallet, time) - moved);
    }

    /** A never-seen address. */
    public String freshAddress() {
        return Randoms.address(random);
    }

    /** A never-seen short random name (process, signer, device suffix). */
    public String freshName(String prefix) {
        return prefix + Randoms.hex(random, 3);
    }

    /** Attacker infrastructure: a VPS or proxy in some country on a fresh network, with a fresh device. */
    public Origin attackerOrigin(boolean copiedUserAgent, Person victim) {
        Place base = Randoms.pick(random, ATTACKER_PLACES);
        Place place = new Place(
                base.country(),
                base.city(),
                base.latitude(),
                base.longitude(),
                30_000 + random.nextInt(370_000),
                base.utcOffsetHours());
        String agent = copiedUserAgent ? victim.userAgent() : Randoms.pick(random, TOOL_AGENTS);
        String ip = (11 + random.nextInt(200)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "."
                + (1 + random.nextInt(254));
        return new Origin(ip, place, place.asn(), "dev-" + Randoms.hex(random, 4), agent);
    }

    /** A preparatory signing request (counted as attack, not as benign, not as theft). */
    public ObjectNode request(Instant time, String user, Wallet wallet, String to, double amountUsd) {
        String id = "req-" + Randoms.hex(random, 6);
        attackRequests.add(id);
        ObjectNode node = sink.signingRequest(time, id, user, wallet, balance(wallet, time), to, amountUsd);
        drained.merge(wallet.id(), amountUsd, Double::sum);
        return node;
    }

    /** A theft request: ground truth. */
    public ObjectNode theft(Instant time, String user, Wallet wallet, String to, double amountUsd) {
        ObjectNode node = request(time, user, wallet, to, amountUsd);
        theftRequests.add(node.get("custos.request.id").asText());
        theftAmounts.add(amountUsd);
        stolenUsd += amountUsd;
        return node;
    }

    /** The ground truth of what was injected. */
    public ScenarioTruth truth(String scenario, String modelledOn) {
        if (theftRequests.isEmpty()) {
            throw new IllegalStateException("scenario " + scenario + " made no theft request");
        }
        Instant first = sink.events().stream()
                .map(SimulatedEvent::time)
                .min(Instant::compareTo)
                .orElse(theftTime);
        return new ScenarioTruth(
                scenario,
                modelledOn,
                first,
                theftTime,
                theftRequests,
                attackRequests,
                entities,
                stolenUsd,
                theftAmounts,
                beacons);
    }

    /** Events the scenario injected. */
    public List<SimulatedEvent> events() {
        return sink.events();
    }
}
