package dev.custos.detect.pipeline;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.baseline.BaselineDetectors;
import dev.custos.detect.command.CommandBehaviourDetector;
import dev.custos.detect.correlation.BeaconCorroboration;
import dev.custos.detect.correlation.CorrelationSettings;
import dev.custos.detect.correlation.Correlator;
import dev.custos.detect.credential.CredentialDetector;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.ReplayClock;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.feedback.FalsePositive;
import dev.custos.detect.feedback.Feedback;
import dev.custos.detect.feedback.FeedbackRecord;
import dev.custos.detect.feedback.Suppression;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.gate.SigningGate;
import dev.custos.detect.governance.GovernanceActorDetector;
import dev.custos.detect.governance.GovernanceDetector;
import dev.custos.detect.governance.GovernanceStandingDetector;
import dev.custos.detect.governance.GovernanceWeakeningDetector;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.network.NetworkDetector;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.output.SigningDecision;
import dev.custos.detect.social.SocialEngineeringDetector;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import dev.custos.detect.transaction.SigningRetryDetector;
import dev.custos.detect.transaction.TransactionRiskDetector;
import dev.custos.detect.transaction.WalletOutflowDetector;
import dev.custos.types.EventFields;
import dev.custos.types.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole detection path for one stream of events in event-time order: every detector scores and learns each
 * event, the correlator accumulates the findings per identity and raises alerts, and each {@code signing.request}
 * gets a decision from the signing gate. Single-threaded; deterministic for a given input and settings.
 */
public final class DetectionPipeline {
    /** The {@code format} field of a checkpoint. */
    public static final String STATE_FORMAT = "custos.detect.state";
    /** The checkpoint layout version this code reads and writes. */
    public static final int STATE_VERSION = 1;

    /**
     * The detectors {@link #processBatch} runs on a second thread: they read no accumulated risk and share no state
     * with the others, so running them ahead of the pipeline's thread changes nothing. Together they carry about half
     * of the pipeline's work (the per-wallet forest most of it).
     */
    static final Set<String> SIDE_DETECTORS = Set.of(
            TransactionRiskDetector.NAME, WalletOutflowDetector.NAME, CredentialDetector.NAME, NetworkDetector.NAME);

    /** Smaller batches are processed on the calling thread alone: handing over would cost more than it saves. */
    static final int MIN_PARALLEL_BATCH = 64;

    private final List<Detector> detectors;
    private final Correlator correlator;
    private final SigningGate gate;
    private final BeaconCorroboration corroboration;
    private final Feedback feedback = new Feedback();
    private final RequestDeduplication requests = new RequestDeduplication();
    private final List<Detector> sideDetectors;
    private final boolean[] onSide;
    private ReplayClock clock;
    private List<String> startedFresh = List.of();

    public DetectionPipeline(List<Detector> detectors, CorrelationSettings correlation) {
        this(detectors, correlation, EntityLimits.DEFAULT);
    }

    /** A pipeline whose correlator keeps at most {@code limits} identities' ledgers. */
    public DetectionPipeline(List<Detector> detectors, CorrelationSettings correlation, EntityLimits limits) {
        this.detectors = List.copyOf(detectors);
        Set<String> names = new TreeSet<>();
        for (Detector detector : this.detectors) {
            if (!names.add(detector.name())) {
                throw new IllegalArgumentException("two detectors are named " + detector.name());
            }
        }
        this.onSide = new boolean[this.detectors.size()];
        List<Detector> side = new ArrayList<>();
        for (int d = 0; d < this.detectors.size(); d++) {
            if (SIDE_DETECTORS.contains(this.detectors.get(d).name())) {
                onSide[d] = true;
                side.add(this.detectors.get(d));
            }
        }
        this.sideDetectors = List.copyOf(side);
        this.correlator = new Correlator(
                requireNonNull(correlation, "correlation is null"), requireNonNull(limits, "limits is null"));
        this.gate = new SigningGate(correlator);
        this.corroboration = new BeaconCorroboration(correlator);
    }

    /** The standard detectors with the given screening lists and forest settings. */
    public static DetectionPipeline standard(AddressIntel intel, ForestSettings forest) {
        return standard(intel, forest, EntityLimits.DEFAULT);
    }

    /** The standard detectors, with the given bounds on the users, hosts, devices and sessions they remember. */
    public static DetectionPipeline standard(AddressIntel intel, ForestSettings forest, EntityLimits limits) {
        List<Detector> detectors = new ArrayList<>(BaselineDetectors.standard(limits));
        detectors.add(new TransactionRiskDetector(intel, forest, TransactionRiskDetector.walletLimits(limits)));
        detectors.add(new WalletOutflowDetector(TransactionRiskDetector.walletLimits(limits)));
        detectors.add(new CredentialDetector(limits));
        detectors.add(new SigningRetryDetector(limits));
        detectors.add(new GovernanceDetector());
        detectors.add(new GovernanceActorDetector(limits));
        detectors.add(new GovernanceWeakeningDetector());
        detectors.add(new GovernanceStandingDetector());
        detectors.add(new CommandBehaviourDetector(limits));
        detectors.add(new NetworkDetector(limits));
        detectors.add(new SocialEngineeringDetector(limits));
        return new DetectionPipeline(detectors, CorrelationSettings.DEFAULT, limits);
    }

    /**
     * Processes one event: returns the alerts it raises, then (for a signing request) the decision. Events must
     * come in event-time order; an earlier event is processed at the latest time seen.
     */
    public List<PipelineOutput> process(Event event) {
        requireNonNull(event, "event is null");
        Instant now = clock == null ? event.timestamp() : later(clock.instant(), event.timestamp());
        Admission admission = admit(event, now);
        return conclude(event, admission, null, 0);
    }

    /**
     * Processes a batch of events in order, as {@link #process} would one by one, and returns each event's outputs:
     * the same outputs, byte for byte. The detectors that depend only on their own state (the transaction, outflow
     * and credential detectors, which carry the per-wallet forest) run over the batch on a second thread while this
     * thread runs the others, the gate and the correlator; so a batch uses two cores.
     */
    public List<List<PipelineOutput>> processBatch(List<Event> events) {
        requireNonNull(events, "events is null");
        List<List<PipelineOutput>> outputs = new ArrayList<>(events.size());
        if (sideDetectors.isEmpty() || events.size() < MIN_PARALLEL_BATCH) {
            for (Event event : events) {
                outputs.add(process(event));
            }
            return outputs;
        }
        // Admit every request first, in order, as one-by-one processing would: whether an event is a repeat
        // depends only on the events before it, so the side thread knows which events to skip.
        Admission[] admissions = new Admission[events.size()];
        boolean[] repeats = new boolean[events.size()];
        Instant now = clock == null ? null : clock.instant();
        for (int i = 0; i < events.size(); i++) {
            Event event = requireNonNull(events.get(i), "event is null");
            now = now == null ? event.timestamp() : later(now, event.timestamp());
            admissions[i] = admit(event, now);
            repeats[i] = admissions[i] != null && admissions[i].repeat();
        }
        SideDetectors side = SideDetectors.start(sideDetectors, events, repeats);
        try {
            for (int i = 0; i < events.size(); i++) {
                outputs.add(conclude(events.get(i), admissions[i], repeats[i] ? null : side, i));
            }
        } finally {
            side.finish();
        }
        return outputs;
    }

    /** A signing request's admission: its id and digest, and the earlier request with that id if it is a repeat. */
    private record Admission(String digest, RequestDeduplication.Admission entry, boolean repeat) {}

    private Admission admit(Event event, Instant now) {
        if (!event.is(EventFields.CATEGORY_API, EventFields.ACTION_SIGNING_REQUEST)) {
            return null;
        }
        Optional<String> requestId = event.text(EventFields.REQUEST_ID);
        if (requestId.isEmpty()) {
            return null;
        }
        String digest = RequestDeduplication.digest(event);
        Optional<RequestDeduplication.Admission> earlier = requests.earlier(requestId.get());
        if (earlier.isPresent()) {
            return new Admission(digest, earlier.get(), true);
        }
        return new Admission(digest, requests.admit(requestId.get(), digest, event.timestamp(), now), false);
    }

    private static Instant later(Instant a, Instant b) {
        return b.isAfter(a) ? b : a;
    }

    /**
     * The rest of {@link #process} once the event is admitted: the detectors (those on the side thread have run
     * already when {@code side} is given; {@code index} is the event's place in its batch), feedback, gate, correlator.
     */
    private List<PipelineOutput> conclude(Event event, Admission admission, SideDetectors side, int index) {
        if (clock == null) {
            clock = new ReplayClock(event.timestamp());
        }
        correlator.advanceTo(clock.advanceTo(event.timestamp()));
        if (admission != null && admission.repeat()) {
            return List.of(repeated(event, admission.entry(), admission.digest()));
        }
        List<Finding> findings = new ArrayList<>();
        if (side == null) {
            for (Detector detector : detectors) {
                findings.addAll(detector.observe(event, correlator));
            }
        } else {
            List<List<Finding>> fromSide = side.findingsOf(index);
            int next = 0;
            for (int d = 0; d < detectors.size(); d++) {
                if (onSide[d]) {
                    findings.addAll(fromSide.get(next++));
                } else {
                    findings.addAll(detectors.get(d).observe(event, correlator));
                }
            }
        }
        findings = feedback.weigh(findings);
        List<PipelineOutput> outputs = new ArrayList<>();
        SigningDecision decision = null;
        if (event.is(EventFields.CATEGORY_API, EventFields.ACTION_SIGNING_REQUEST)) {
            decision = gate.decide(event, findings);
        }
        List<Finding> kept = feedback.unsuppressed(findings, clock.instant());
        List<Finding> corroborated = corroboration.corroborate(event, kept);
        if (!corroborated.isEmpty()) {
            kept = new ArrayList<>(kept);
            kept.addAll(feedback.unsuppressed(feedback.weigh(corroborated), clock.instant()));
        }
        List<Alert> alerts = correlator.ingest(kept);
        feedback.remember(alerts);
        outputs.addAll(alerts);
        if (decision != null) {
            outputs.add(decision);
            if (admission != null) {
                admission.entry().decide(decision);
            }
        }
        return outputs;
    }

    /**
     * The answer to a request id seen before: the same request again (a retry, a redelivery) gets the earlier decision
     * and is not learned twice; the same id with other content is denied, since an id must not carry another
     * payload past a decision made on the first.
     */
    private static SigningDecision repeated(Event event, RequestDeduplication.Admission earlier, String digest) {
        SigningDecision first = earlier.decision();
        List<String> reasons = new ArrayList<>();
        if (earlier.digest().equals(digest)) {
            reasons.addAll(first.reasons());
            reasons.add("request " + first.requestId() + " was decided at " + first.timestamp()
                    + "; the same request again gets the same decision and is not counted twice");
            return new SigningDecision(event.timestamp(), first.requestId(), first.decision(), first.risk(), reasons);
        }
        reasons.add("request id " + first.requestId() + " was decided at " + first.timestamp()
                + " for a request with other content; an id cannot be reused for another request");
        return new SigningDecision(event.timestamp(), first.requestId(), Verdict.DENY, 100, reasons);
    }

    /** Processes events in order and returns every output. */
    public List<PipelineOutput> processAll(List<Event> events) {
        List<PipelineOutput> outputs = new ArrayList<>();
        for (Event event : events) {
            outputs.addAll(process(event));
        }
        return outputs;
    }

    /**
     * The learned state of every detector and of the correlator, so that a restarted engine loses no baselines.
     * Deterministic: the same history gives the same JSON.
     */
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        node.put("format", STATE_FORMAT);
        node.put("version", STATE_VERSION);
        node.put("clock", clock == null ? null : clock.instant().toString());
        ObjectNode detectorStates = node.putObject("detectors");
        for (Detector detector : detectors) {
            if (detector instanceof Checkpointable checkpointable) {
                detectorStates.set(detector.name(), checkpointable.checkpoint());
            }
        }
        node.set("correlator", correlator.checkpoint());
        node.set("feedback", feedback.checkpoint());
        node.set("requests", requests.toState());
        return node;
    }

    /**
     * The detectors that the last {@link #restore} found no state for (added since the checkpoint was written): they
     * start with empty baselines while the others keep theirs.
     */
    public List<String> startedFresh() {
        return startedFresh;
    }

    /**
     * Restores a {@link #checkpoint()} into this pipeline, which must be fresh (no event processed yet). A detector
     * of this pipeline that the state does not mention (one added since) starts empty and is listed by
     * {@link #startedFresh()}; a detector in the state that this pipeline lacks is an error, since its baselines would
     * be lost on the next checkpoint.
     *
     * @throws InvalidStateException when the state is malformed or holds a detector this pipeline does not have
     */
    public void restore(JsonNode state) {
        requireNonNull(state, "state is null");
        if (clock != null) {
            throw new IllegalStateException("restore needs a fresh pipeline; this one has processed events");
        }
        if (!STATE_FORMAT.equals(StateJson.optionalText(state, "format"))) {
            throw new InvalidStateException("not a detection state (format is not " + STATE_FORMAT + ")");
        }
        if (StateJson.count(state, "version") != STATE_VERSION) {
            throw new InvalidStateException("unsupported state version " + state.get("version"));
        }
        JsonNode detectorStates = StateJson.object(state, "detectors");
        Set<String> expected = new TreeSet<>();
        for (Detector detector : detectors) {
            if (detector instanceof Checkpointable) {
                expected.add(detector.name());
            }
        }
        Set<String> given = new TreeSet<>();
        detectorStates.fieldNames().forEachRemaining(given::add);
        Set<String> unknown = new TreeSet<>(given);
        unknown.removeAll(expected);
        if (!unknown.isEmpty()) {
            throw new InvalidStateException(
                    "state holds detectors this pipeline does not have: " + unknown + " (it has " + expected + ")");
        }
        List<String> fresh = new ArrayList<>();
        for (Detector detector : detectors) {
            if (detector instanceof Checkpointable checkpointable) {
                JsonNode detectorState = detectorStates.get(detector.name());
                if (detectorState == null) {
                    fresh.add(detector.name());
                } else {
                    checkpointable.restore(detectorState);
                }
            }
        }
        startedFresh = List.copyOf(fresh);
        correlator.restore(StateJson.object(state, "correlator"));
        if (state.hasNonNull("feedback")) {
            feedback.restore(StateJson.object(state, "feedback"));
        }
        if (state.hasNonNull("requests")) {
            requests.restore(state.get("requests"));
        }
        Instant time = StateJson.optionalInstant(state, "clock");
        if (time != null) {
            clock = new ReplayClock(time);
        }
    }

    /** The simulated clock: the latest event time processed, or empty before the first event. */
    public Optional<Instant> now() {
        return clock == null ? Optional.empty() : Optional.of(clock.instant());
    }

    /**
     * Marks an alert this pipeline raised as a false positive: its (detector, entity, feature value) combinations
     * weigh half as much in future findings, per mark. Screening and governance findings never drop below high.
     *
     * @throws IllegalArgumentException when the alert is unknown
     */
    public void markFalsePositive(FalsePositive mark) {
        feedback.markFalsePositive(mark);
    }

    /**
     * Adds a scoped, expiring suppression: matching findings are counted but add no accumulated risk and raise no
     * alert; a signing request's own findings still count at the gate. Screening and governance findings are never
     * suppressed.
     *
     * @throws IllegalArgumentException when a suppression with the same id exists
     */
    public void suppress(Suppression suppression) {
        feedback.suppress(suppression);
    }

    /** Applies one feedback record (a false-positive mark or a suppression). */
    public void apply(FeedbackRecord record) {
        switch (requireNonNull(record, "record is null")) {
            case FalsePositive mark -> markFalsePositive(mark);
            case Suppression suppression -> suppress(suppression);
        }
    }

    /** The feedback given so far, with suppression counts (read it; change it through this pipeline). */
    public Feedback feedback() {
        return feedback;
    }

    /**
     * How many entities each bounded table holds (the detectors' tables, then the correlator's per-identity ledgers),
     * its limit, and how many it forgot (idle or least recently seen when full), for metrics and summaries.
     */
    public List<EntityTableUsage> entityUsage() {
        List<EntityTableUsage> usage = new ArrayList<>();
        for (Detector detector : detectors) {
            if (detector instanceof EntityBounded bounded) {
                usage.addAll(bounded.entityUsage());
            }
        }
        usage.addAll(correlator.entityUsage());
        return usage;
    }

    /** The correlator, for risk queries. */
    public Correlator correlator() {
        return correlator;
    }
}
