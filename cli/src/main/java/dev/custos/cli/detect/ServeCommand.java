package dev.custos.cli.detect;

import dev.custos.cli.input.BadInputException;
import dev.custos.cli.intel.PipelineOptions;
import dev.custos.config.SettingValues;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.server.DetectionServer;
import dev.custos.detect.server.ServerSettings;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.sink.AlertSink;
import dev.custos.detect.server.sink.RetryPolicy;
import dev.custos.detect.server.sink.Severity;
import dev.custos.detect.state.InvalidStateException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos detect serve}: the detection engine behind an HTTP API, with alert webhooks. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the detection pipeline as a service: POST /v1/events (ECS NDJSON), POST /v1/risk (one signing"
                    + " request -> allow|escalate|deny), POST/GET /v1/feedback (false positives, suppressions),"
                    + " GET /v1/health, GET /metrics (Prometheus).",
            "Requests to /v1 need 'Authorization: Bearer <token>' (except health). Alerts go to the configured sinks."
                    + " Stops gracefully on SIGTERM, writing a last checkpoint. See docs/DETECTION-SERVICE.md; events: docs/EVENTS.md."
        })
public final class ServeCommand implements Callable<Integer> {
    /** Where undeliverable webhook alerts go when {@code --dead-letter} is not given. */
    static final String DEFAULT_DEAD_LETTER = "custos-dead-letters.ndjson";

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--listen",
            paramLabel = "HOST:PORT",
            description = "Address to bind (default: " + ServerSettings.DEFAULT_HOST + ":" + ServerSettings.DEFAULT_PORT
                    + "; port 0 picks a free port).")
    private String listen;

    @Option(
            names = "--token-file",
            paramLabel = "FILE",
            description = "File holding the bearer token clients must send (at least 16 bytes). Required unless"
                    + " --insecure-no-auth on a loopback address.")
    private Path tokenFile;

    @Option(
            names = "--insecure-no-auth",
            description = "Serve without authentication; refused unless --listen is a loopback address.")
    private boolean insecureNoAuth;

    @Option(
            names = "--state",
            paramLabel = "FILE",
            description = "Engine state: restored at start if FILE exists, checkpointed atomically every"
                    + " --checkpoint-minutes and at shutdown, so a restart loses no baselines.")
    private Path stateFile;

    @Option(
            names = "--checkpoint-minutes",
            paramLabel = "N",
            description = "Minutes between checkpoints of --state (default: 5).")
    private Integer checkpointMinutes;

    @Option(
            names = "--alerts-file",
            paramLabel = "FILE",
            description = "Append every alert as one JSON line (the replay shape) to FILE ('-' for stdout).")
    private String alertsFile;

    @Option(
            names = "--webhook-url",
            paramLabel = "URL",
            description = "POST every alert as JSON to URL, signed in X-Custos-Signature (HMAC-SHA256).")
    private String webhookUrl;

    @Option(
            names = "--webhook-secret-file",
            paramLabel = "FILE",
            description = "File holding the webhook signing secret (at least 16 bytes).")
    private Path webhookSecretFile;

    @Option(
            names = "--slack-webhook-url",
            paramLabel = "URL",
            description = "Post alerts to a Slack-compatible incoming webhook.")
    private String slackUrl;

    @Option(
            names = "--slack-min-severity",
            paramLabel = "SEVERITY",
            defaultValue = "high",
            description =
                    "Least severe alert posted to Slack: low, medium, high or critical (default: ${DEFAULT-VALUE}).")
    private String slackMinSeverity;

    @Option(
            names = "--dead-letter",
            paramLabel = "FILE",
            description = "Alerts that webhooks could not deliver after all retries (or still queued at shutdown) are"
                    + " appended to FILE (NDJSON). Default with a webhook: " + DEFAULT_DEAD_LETTER
                    + " in the working directory.")
    private Path deadLetter;

    @Mixin
    private PipelineOptions pipelineOptions;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Settings file (Java properties) with the keys of docs/DETECTION-SERVICE.md and"
                    + " docs/LOGGING.md; options given here override it.")
    private Path configFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        SettingValues values = SettingsFile.load(
                configFile,
                Stream.concat(ServerSettings.KEYS.stream(), RetryPolicy.KEYS.stream())
                        .toList());
        ServerSettings settings = settings(values);
        ServerMetrics metrics = new ServerMetrics();
        Severity slackMinimum = severity();
        Path deadLetters = deadLetter;
        if (deadLetters == null && (webhookUrl != null || slackUrl != null)) {
            deadLetters = Path.of(DEFAULT_DEAD_LETTER);
        }
        RetryPolicy retries = SettingsFile.read(() -> RetryPolicy.from(values));
        List<AlertSink> sinks = ServeSinks.build(
                alertsFile, webhookUrl, webhookSecretFile, slackUrl, slackMinimum, deadLetters, retries, metrics);
        DetectionPipeline pipeline = pipelineOptions.pipeline();
        DetectionServer server;
        try {
            server = DetectionServer.start(settings, pipeline, sinks, metrics, Clock.systemUTC());
        } catch (InvalidStateException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(e.getMessage(), e);
        }
        Thread hook = Thread.ofPlatform().name("custos-detect-shutdown").unstarted(server::close);
        Runtime.getRuntime().addShutdownHook(hook);
        InetSocketAddress bound = server.address();
        err.printf(
                "custos detect serve: listening on http://%s:%d (%s; state %s; sinks %s%s)%n",
                hostForUrl(bound),
                bound.getPort(),
                settings.token().isPresent() ? "bearer token required" : "NO AUTHENTICATION",
                settings.stateFile()
                        .map(file -> (server.restored() ? "restored from " : "new at ") + file)
                        .orElse("not saved"),
                sinks.isEmpty()
                        ? "none"
                        : String.join(",", sinks.stream().map(AlertSink::name).toList()),
                deadLetters == null ? "" : "; dead letters " + deadLetters);
        if (!pipeline.startedFresh().isEmpty()) {
            err.println("custos detect serve: the state file has no state for " + pipeline.startedFresh()
                    + " (added since it was written); they start with empty baselines");
        }
        err.flush();
        try {
            server.awaitStopped();
        } catch (InterruptedException e) {
            server.close();
            Runtime.getRuntime().removeShutdownHook(hook);
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** The options on top of the settings file, checked with messages that name the options. */
    private ServerSettings settings(SettingValues file) {
        SettingValues values = file;
        if (listen != null) {
            ListenAddress.parse(listen);
            values = values.with(ServerSettings.LISTEN, listen);
        }
        if (checkpointMinutes != null) {
            if (checkpointMinutes < 1 || checkpointMinutes > 24 * 60) {
                throw new BadInputException("--checkpoint-minutes must be in 1..1440: " + checkpointMinutes);
            }
            values = values.with(ServerSettings.CHECKPOINT_INTERVAL, checkpointMinutes + "m");
        }
        if (tokenFile != null) {
            values = values.with(ServerSettings.TOKEN_FILE, tokenFile.toString());
        }
        if (insecureNoAuth) {
            values = values.with(ServerSettings.INSECURE_NO_AUTH, "true");
        }
        if (stateFile != null) {
            values = values.with(ServerSettings.STATE_FILE, stateFile.toString());
        }
        SettingValues given = values;
        InetSocketAddress address = SettingsFile.read(() -> given.get(ServerSettings.LISTEN));
        boolean insecure = SettingsFile.read(() -> given.get(ServerSettings.INSECURE_NO_AUTH));
        Optional<Path> token = SettingsFile.read(() -> given.optional(ServerSettings.TOKEN_FILE));
        Optional<Path> state = SettingsFile.read(() -> given.optional(ServerSettings.STATE_FILE));
        if (token.isPresent() && insecure) {
            throw new BadInputException("--token-file and --insecure-no-auth exclude each other");
        }
        if (token.isEmpty() && !insecure) {
            throw new BadInputException("--token-file is required (or --insecure-no-auth on a loopback address)");
        }
        if (insecure && !address.getAddress().isLoopbackAddress()) {
            throw new BadInputException("--insecure-no-auth is only allowed on a loopback address, not "
                    + (listen != null ? listen : ListenAddress.format(address)));
        }
        if (state.isPresent() && Files.isDirectory(state.get())) {
            throw new BadInputException("--state is a directory: " + state.get());
        }
        return SettingsFile.read(() -> ServerSettings.from(given, path -> Secrets.read(path, "--token-file")));
    }

    private Severity severity() {
        try {
            return Severity.parse(slackMinSeverity);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--slack-min-severity: " + e.getMessage(), e);
        }
    }

    private static String hostForUrl(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
