package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.Alert;
import dev.custos.detect.server.metrics.ServerMetrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * POSTs a JSON body to a URL with retries: 5xx, 408, 429, timeouts and connection errors are retried with exponential
 * backoff; other statuses are final. After the last failure the alert goes to the dead-letter file, if any.
 */
final class HttpDelivery {
    private final String sink;
    private final HttpClient client;
    private final URI url;
    private final RetryPolicy retry;
    private final ServerMetrics metrics;
    private final Optional<DeadLetterFile> deadLetters;

    HttpDelivery(
            String sink,
            HttpClient client,
            URI url,
            RetryPolicy retry,
            ServerMetrics metrics,
            Optional<DeadLetterFile> deadLetters) {
        this.sink = requireNonNull(sink, "sink is null");
        this.client = requireNonNull(client, "client is null");
        this.url = requireNonNull(url, "url is null");
        this.retry = requireNonNull(retry, "retry is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.deadLetters = requireNonNull(deadLetters, "deadLetters is null");
    }

    /** Checks that a URL can be a webhook target: absolute http or https with a host. */
    static URI checkTarget(URI url) {
        requireNonNull(url, "url is null");
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || url.getHost() == null) {
            throw new IllegalArgumentException("webhook URL must be an absolute http(s) URL with a host");
        }
        return url;
    }

    /** The URL without path or query, which may hold secrets (Slack webhook URLs do): safe to log. */
    static String redacted(URI url) {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }

    /**
     * Sends {@code body}; {@code headers} gives the extra headers of each attempt (so that a signature can carry the
     * attempt's time).
     *
     * @throws IOException when delivery failed and the dead letter could not be written either
     */
    void send(Alert alert, byte[] body, Function<Integer, Map<String, String>> headers) throws IOException {
        String reason = "not attempted";
        int attempt = 0;
        while (attempt < retry.maxAttempts()) {
            attempt++;
            Outcome outcome = attempt(body, headers.apply(attempt));
            if (outcome.delivered()) {
                metrics.delivered(sink);
                return;
            }
            metrics.deliveryFailed(sink);
            reason = outcome.reason();
            if (!outcome.retryable() || attempt == retry.maxAttempts()) {
                break;
            }
            try {
                Thread.sleep(retry.backoffAfter(attempt));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reason = reason + "; interrupted while waiting to retry";
                break;
            }
        }
        deadLetter(alert, attempt, reason);
    }

    private Outcome attempt(byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(retry.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Outcome(true, false, "HTTP " + status);
            }
            boolean retryable = status >= 500 || status == 408 || status == 429;
            return new Outcome(false, retryable, "HTTP " + status);
        } catch (IOException e) {
            return new Outcome(false, true, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, false, "interrupted");
        }
    }

    private void deadLetter(Alert alert, int attempts, String reason) throws IOException {
        if (deadLetters.isEmpty()) {
            throw new IOException(sink + " delivery to " + redacted(url) + " failed after " + attempts + " attempts ("
                    + reason + ") and no dead-letter file is configured");
        }
        deadLetters.get().append(sink, redacted(url), attempts, reason, alert);
        metrics.deadLettered(sink);
    }

    /** Writes an alert that was never attempted to the dead-letter file; false when there is none. */
    boolean keep(Alert alert, String reason) throws IOException {
        if (deadLetters.isEmpty()) {
            return false;
        }
        deadLetters.get().append(sink, redacted(url), 0, reason, alert);
        metrics.deadLettered(sink);
        return true;
    }

    private record Outcome(boolean delivered, boolean retryable, String reason) {}
}
