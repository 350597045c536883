package dev.custos.server.metrics;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.ApiException;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.storage.Database;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The custody server's Prometheus metrics at {@code GET /v1/metrics} (any token; docs/OPERATIONS.md lists them): what
 * the database holds is read when scraped (requests by status, the signing queue), the latencies are observed as they
 * happen (approval: submission to being handed to the nodes; signing: handed to the nodes to the outcome, by scheme).
 * Uses the Prometheus Java client (registry, histograms, text format 0.0.4).
 */
public final class ServerMetrics {
    private static final PrometheusTextFormatWriter TEXT = PrometheusTextFormatWriter.create();

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Histogram approvalLatency;
    private final Histogram signingLatency;
    private final Counter signings;

    /**
     * Metrics over {@code database}, the nodes {@code connectedNodes} of {@code totalNodes} and the audit log of
     * {@code auditEntries} entries.
     */
    public ServerMetrics(
            Database database, IntSupplier connectedNodes, IntSupplier totalNodes, LongSupplier auditEntries) {
        requireNonNull(database, "database is null");
        requireNonNull(connectedNodes, "connectedNodes is null");
        requireNonNull(totalNodes, "totalNodes is null");
        requireNonNull(auditEntries, "auditEntries is null");
        approvalLatency = Histogram.builder()
                .name("custos_approval_latency_seconds")
                .help("From a request's submission to its being handed to the nodes (approvals and delays included)")
                .classicUpperBounds(1, 10, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600)
                .register(registry);
        signingLatency = Histogram.builder()
                .name("custos_signing_latency_seconds")
                .help("From handing a request to the nodes to its outcome, by scheme")
                .labelNames("scheme")
                .classicUpperBounds(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
                .register(registry);
        signings = Counter.builder()
                .name("custos_signings_total")
                .help("Signing outcomes by scheme: signed or failed (a node's refusal included)")
                .labelNames("scheme", "outcome")
                .register(registry);
        GaugeWithCallback.builder()
                .name("custos_requests")
                .help("Requests in the database by status")
                .labelNames("status")
                .callback(callback ->
                        requestsByStatus(database).forEach((status, count) -> callback.call((double) count, status)))
                .register(registry);
        GaugeWithCallback.builder()
                .name("custos_signing_queue_depth")
                .help("Requests handed to the nodes whose outcome is not recorded yet")
                .callback(callback ->
                        callback.call((double) requestsByStatus(database).getOrDefault("signing", 0L)))
                .register(registry);
        GaugeWithCallback.builder()
                .name("custos_nodes_connected")
                .help("Signer nodes connected to the coordinator")
                .callback(callback -> callback.call(connectedNodes.getAsInt()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("custos_nodes")
                .help("Signer nodes in the committee")
                .callback(callback -> callback.call(totalNodes.getAsInt()))
                .register(registry);
        GaugeWithCallback.builder()
                .name("custos_audit_log_entries")
                .help("Entries in the audit log")
                .callback(callback -> callback.call((double) auditEntries.getAsLong()))
                .register(registry);
    }

    /** A request was handed to the nodes {@code sinceSubmission} after it was submitted. */
    public void handedToNodes(Duration sinceSubmission) {
        approvalLatency.observe(seconds(sinceSubmission));
    }

    /** The nodes answered for a request of {@code scheme} {@code elapsed} after it was handed to them. */
    public void signingFinished(String scheme, boolean signed, Duration elapsed) {
        signingLatency.labelValues(scheme).observe(seconds(elapsed));
        signings.labelValues(scheme, signed ? "signed" : "failed").inc();
    }

    /** {@code GET /v1/metrics}. */
    public List<Route> routes() {
        return List.of(Route.get("/v1/metrics", call -> Reply.text(PrometheusTextFormatWriter.CONTENT_TYPE, scrape())));
    }

    /** The metrics in the Prometheus text format. */
    public String scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TEXT.write(out, registry.scrape());
        } catch (IOException e) {
            throw new ApiException(500, "internal", "cannot write the metrics: " + e.getMessage());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static double seconds(Duration duration) {
        return Math.max(0, duration.toNanos()) / 1e9;
    }

    private static Map<String, Long> requestsByStatus(Database database) {
        return database.inTransaction(connection -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT status, COUNT(*) FROM requests GROUP BY status ORDER BY status");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
            return counts;
        });
    }
}
