package dev.custos.server.detection;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import dev.custos.detect.feedback.FalsePositive;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.IntelLoader;
import dev.custos.detect.output.Alert;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.output.SigningDecision;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.io.AtomicFile;
import dev.custos.policy.verdict.SignedVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Detection inside the server: the standard pipeline (docs/DETECTION.md) sees every signing request as an event and
 * answers with a risk score and reasons, which this issuer signs with the verdict key as a {@link SignedVerdict}
 * bound to the request's digest. The policy and the nodes trust the score only under that signature. The pipeline's
 * learned state is kept in {@code state.json} next to the key, written atomically at each save.
 */
public final class VerdictIssuer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STATE = "state.json";

    private final Path folder;
    private final SigningKey key;
    private final DetectionPipeline pipeline;
    private final EventParser parser = new EventParser();
    private final Clock clock;

    private VerdictIssuer(Path folder, SigningKey key, DetectionPipeline pipeline, Clock clock) {
        this.folder = folder;
        this.key = key;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** The issuer with the key and state in {@code folder}, created on first use. */
    public static VerdictIssuer open(Path folder, Clock clock) throws IOException {
        requireNonNull(folder, "folder is null");
        requireNonNull(clock, "clock is null");
        SigningKey key = VerdictKeyFile.loadOrCreate(folder, new SecureRandom());
        DetectionPipeline pipeline = DetectionPipeline.standard(IntelLoader.defaults(), ForestSettings.DEFAULT);
        Path state = folder.resolve(STATE);
        if (Files.exists(state)) {
            try {
                pipeline.restore(JSON.readTree(state.toFile()));
            } catch (IOException | RuntimeException e) {
                throw new IOException(state + " does not restore: " + e.getMessage(), e);
            }
        }
        return new VerdictIssuer(folder, key, pipeline, clock);
    }

    /** The public verdict key, for the policy's {@code detection.verdict_key}. */
    public Ed25519PublicKey publicKey() {
        return key.publicKey();
    }

    /**
     * Runs {@code event} (a {@code signing.request} event) through the pipeline and signs its verdict over
     * {@code requestDigest}, valid until {@code expiresAt}.
     *
     * @throws IllegalArgumentException when the event does not parse as an event
     */
    public synchronized Assessment assess(ObjectNode event, byte[] requestDigest, Instant expiresAt) {
        requireNonNull(event, "event is null");
        Event parsed = parse(event);
        int score = 0;
        List<String> reasons = List.of();
        List<ObjectNode> alerts = new ArrayList<>();
        for (PipelineOutput output : pipeline.process(parsed)) {
            if (output instanceof SigningDecision decision) {
                score = decision.risk();
                reasons = decision.reasons();
            } else if (output instanceof Alert alert) {
                alerts.add(OutputFormat.toJson(alert));
            }
        }
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant until = expiresAt.isAfter(issuedAt) ? expiresAt : issuedAt.plusSeconds(1);
        byte[] signature = key.sign(SignedVerdict.signedMessage(requestDigest, score, reasons, issuedAt, until));
        return new Assessment(new SignedVerdict(requestDigest, score, reasons, issuedAt, until, signature), alerts);
    }

    /**
     * Runs an event that is not a signing request (a sign-in, for example) through the pipeline, so that detection
     * learns from it and can alert on it; answers the alerts it raised.
     *
     * @throws IllegalArgumentException when the event does not parse as an event
     */
    public synchronized List<ObjectNode> observe(ObjectNode event) {
        requireNonNull(event, "event is null");
        Event parsed = parse(event);
        List<ObjectNode> alerts = new ArrayList<>();
        for (PipelineOutput output : pipeline.process(parsed)) {
            if (output instanceof Alert alert) {
                alerts.add(OutputFormat.toJson(alert));
            }
        }
        return alerts;
    }

    private Event parse(ObjectNode event) {
        return switch (parser.parse(event.toString(), 1)) {
            case ParsedLine.Parsed ok -> ok.event();
            case ParsedLine.Malformed bad ->
                throw new IllegalArgumentException(bad.line().reason());
            case ParsedLine.Blank blank -> throw new IllegalArgumentException("empty event");
        };
    }

    /**
     * Feeds an analyst's false-positive mark on {@code alertId} to the pipeline that raised it (docs/DETECTION.md,
     * "Feedback"): its combinations weigh half as much from now on.
     *
     * @return empty when the mark was applied, else why not (the pipeline no longer knows the alert)
     */
    public synchronized Optional<String> markFalsePositive(String alertId, String by, String reason) {
        try {
            pipeline.markFalsePositive(new FalsePositive(alertId, by, clock.instant(), reason));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }

    /** Writes the pipeline's learned state ({@code state.json}), atomically and durably. */
    public synchronized void save() throws IOException {
        AtomicFile.replace(folder.resolve(STATE), JSON.writeValueAsBytes(pipeline.checkpoint()));
    }
}
