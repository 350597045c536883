package dev.custos.cli.detect;

import dev.custos.cli.input.BadInputException;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.security.SharedSecret;
import dev.custos.detect.server.sink.AlertSink;
import dev.custos.detect.server.sink.DeadLetterFile;
import dev.custos.detect.server.sink.NdjsonSink;
import dev.custos.detect.server.sink.RetryPolicy;
import dev.custos.detect.server.sink.Severity;
import dev.custos.detect.server.sink.SlackSink;
import dev.custos.detect.server.sink.WebhookSink;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds the alert sinks that {@code custos detect serve} was asked for. */
final class ServeSinks {
    private ServeSinks() {}

    static List<AlertSink> build(
            String alertsFile,
            String webhookUrl,
            Path webhookSecretFile,
            String slackUrl,
            Severity slackMinimum,
            Path deadLetter,
            RetryPolicy retries,
            ServerMetrics metrics) {
        if (webhookUrl != null && webhookSecretFile == null) {
            throw new BadInputException("--webhook-url needs --webhook-secret-file (the HMAC signing secret)");
        }
        if (webhookUrl == null && webhookSecretFile != null) {
            throw new BadInputException("--webhook-secret-file is only used with --webhook-url");
        }
        Clock clock = Clock.systemUTC();
        Optional<DeadLetterFile> deadLetters =
                Optional.ofNullable(deadLetter).map(file -> new DeadLetterFile(file, clock));
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        List<AlertSink> sinks = new ArrayList<>();
        if (alertsFile != null) {
            sinks.add(ndjson(alertsFile));
        }
        if (webhookUrl != null) {
            SharedSecret secret = Secrets.read(webhookSecretFile, "--webhook-secret-file");
            sinks.add(new WebhookSink(
                    url(webhookUrl, "--webhook-url"), secret, client, retries, clock, metrics, deadLetters));
        }
        if (slackUrl != null) {
            sinks.add(new SlackSink(
                    url(slackUrl, "--slack-webhook-url"), slackMinimum, client, retries, metrics, deadLetters));
        }
        return sinks;
    }

    private static AlertSink ndjson(String file) {
        if (file.equals("-")) {
            return NdjsonSink.toStream("stdout", System.out);
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new BadInputException("--alerts-file is a directory: " + file);
        }
        try {
            return NdjsonSink.appendingTo(path);
        } catch (IOException e) {
            throw new BadInputException("cannot open --alerts-file " + file + ": " + e.getMessage(), e);
        }
    }

    private static URI url(String text, String option) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new BadInputException(option + " is not a URL", e);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new BadInputException(option + " must be an absolute http(s) URL with a host");
        }
        return uri;
    }
}
