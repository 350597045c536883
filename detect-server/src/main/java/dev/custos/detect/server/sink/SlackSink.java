package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.Alert;
import dev.custos.detect.server.metrics.ServerMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Posts alerts of at least a minimum severity to a Slack-compatible incoming webhook ({@link SlackMessage}); retried
 * with backoff, dead-lettered after the last failure. The URL is a secret and is never logged.
 */
public final class SlackSink implements AlertSink {
    /** The default minimum severity. */
    public static final Severity DEFAULT_MIN_SEVERITY = Severity.HIGH;

    private final Severity minimum;
    private final HttpDelivery delivery;

    public SlackSink(
            URI url,
            Severity minimum,
            HttpClient client,
            RetryPolicy retry,
            ServerMetrics metrics,
            Optional<DeadLetterFile> deadLetters) {
        this.minimum = requireNonNull(minimum, "minimum is null");
        this.delivery = new HttpDelivery(name(), client, HttpDelivery.checkTarget(url), retry, metrics, deadLetters);
    }

    @Override
    public boolean keep(Alert alert, String reason) throws IOException {
        return delivery.keep(requireNonNull(alert, "alert is null"), requireNonNull(reason, "reason is null"));
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public boolean accepts(Alert alert) {
        return Severity.parse(alert.severity()).compareTo(minimum) >= 0;
    }

    @Override
    public boolean countsDeliveries() {
        return true;
    }

    @Override
    public void deliver(Alert alert) throws IOException {
        requireNonNull(alert, "alert is null");
        byte[] body = SlackMessage.of(alert).toString().getBytes(StandardCharsets.UTF_8);
        delivery.send(alert, body, attempt -> Map.of());
    }
}
