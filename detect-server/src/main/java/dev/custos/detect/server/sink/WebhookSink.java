package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.Alert;
import dev.custos.detect.output.OutputFormat;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.security.SharedSecret;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * POSTs each alert (the replay contract's JSON object) to a URL, signed with {@link WebhookSignature}; retried with
 * backoff, dead-lettered after the last failure.
 */
public final class WebhookSink implements AlertSink {
    private final SharedSecret secret;
    private final Clock clock;
    private final HttpDelivery delivery;

    public WebhookSink(
            URI url,
            SharedSecret secret,
            HttpClient client,
            RetryPolicy retry,
            Clock clock,
            ServerMetrics metrics,
            Optional<DeadLetterFile> deadLetters) {
        this.secret = requireNonNull(secret, "secret is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.delivery = new HttpDelivery(name(), client, HttpDelivery.checkTarget(url), retry, metrics, deadLetters);
    }

    @Override
    public boolean keep(Alert alert, String reason) throws IOException {
        return delivery.keep(requireNonNull(alert, "alert is null"), requireNonNull(reason, "reason is null"));
    }

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean countsDeliveries() {
        return true;
    }

    @Override
    public void deliver(Alert alert) throws IOException {
        requireNonNull(alert, "alert is null");
        byte[] body = OutputFormat.toJson(alert).toString().getBytes(StandardCharsets.UTF_8);
        String deliveryId = UUID.randomUUID().toString();
        delivery.send(
                alert,
                body,
                attempt -> Map.of(
                        WebhookSignature.SIGNATURE_HEADER,
                        WebhookSignature.sign(secret, clock.instant().getEpochSecond(), body),
                        WebhookSignature.DELIVERY_HEADER,
                        deliveryId));
    }

    @Override
    public void close() {
        secret.destroy();
    }
}
