package dev.custos.detect.server;

import static java.util.Objects.requireNonNull;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import dev.custos.detect.server.security.SharedSecret;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the service runs. Each component has a key ({@link #KEYS}, documented in docs/DETECTION-SERVICE.md) that a
 * settings file or a command-line option sets; {@link #from} applies the defaults.
 *
 * @param listen the address to bind (port 0 picks a free port)
 * @param token the bearer token required on {@code /v1} endpoints except health; empty only with {@code
 *     insecureNoAuth} on a loopback address
 * @param insecureNoAuth run without authentication (refused unless bound to loopback)
 * @param stateFile where the engine state is restored from and checkpointed to, if anywhere
 * @param checkpointInterval time between periodic checkpoints
 * @param maxBodyBytes the largest accepted request body (larger: 413)
 * @param requestTimeout how long a request waits for the pipeline worker (then 503)
 * @param queueCapacity requests that may wait for the worker (more: 503)
 * @param sinkQueueCapacity alerts that may wait for each sink (more: dropped and counted)
 */
public record ServerSettings(
        InetSocketAddress listen,
        Optional<SharedSecret> token,
        boolean insecureNoAuth,
        Optional<Path> stateFile,
        Duration checkpointInterval,
        long maxBodyBytes,
        Duration requestTimeout,
        int queueCapacity,
        int sinkQueueCapacity) {
    /** 127.0.0.1. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** 8780. */
    public static final int DEFAULT_PORT = 8780;
    /** 16 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;
    /** 5 minutes. */
    public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofMinutes(5);
    /** 30 seconds. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** 1024. */
    public static final int DEFAULT_QUEUE_CAPACITY = 1024;
    /** 10,000. */
    public static final int DEFAULT_SINK_QUEUE_CAPACITY = 10_000;

    /** {@code detect.server.listen}. */
    public static final Setting<InetSocketAddress> LISTEN = Setting.of(
            "detect.server.listen",
            Optional.of(ListenAddress.parse(DEFAULT_HOST + ":" + DEFAULT_PORT)),
            ListenAddress::parse,
            ListenAddress::format,
            "Address to bind, HOST:PORT ([::1]:8780 for IPv6; port 0 picks a free port).");
    /** {@code detect.server.token-file}. */
    public static final Setting<Path> TOKEN_FILE = Setting.path(
            "detect.server.token-file",
            "File holding the bearer token (at least 16 bytes); required unless detect.server.insecure-no-auth.");
    /** {@code detect.server.insecure-no-auth}. */
    public static final Setting<Boolean> INSECURE_NO_AUTH = Setting.flag(
            "detect.server.insecure-no-auth",
            false,
            "Serve without authentication; refused unless the listen address is loopback.");
    /** {@code detect.server.state-file}. */
    public static final Setting<Path> STATE_FILE = Setting.path(
            "detect.server.state-file",
            "Engine state: restored at start if present, checkpointed atomically; none means not saved.");
    /** {@code detect.server.checkpoint-interval}. */
    public static final Setting<Duration> CHECKPOINT_INTERVAL = Setting.duration(
            "detect.server.checkpoint-interval", DEFAULT_CHECKPOINT_INTERVAL, "Time between checkpoints of the state.");
    /** {@code detect.server.max-body-bytes}. */
    public static final Setting<Long> MAX_BODY_BYTES = Setting.longInteger(
            "detect.server.max-body-bytes",
            DEFAULT_MAX_BODY_BYTES,
            "Largest accepted request body, in bytes (larger: 413; /v1/risk reads at most 1 MiB).");
    /** {@code detect.server.request-timeout}. */
    public static final Setting<Duration> REQUEST_TIMEOUT = Setting.duration(
            "detect.server.request-timeout",
            DEFAULT_REQUEST_TIMEOUT,
            "How long a request waits for the pipeline worker (then 503).");
    /** {@code detect.server.queue-capacity}. */
    public static final Setting<Integer> QUEUE_CAPACITY = Setting.integer(
            "detect.server.queue-capacity",
            DEFAULT_QUEUE_CAPACITY,
            "Requests that may wait for the pipeline worker (more: 503).");
    /** {@code detect.server.sink-queue-capacity}. */
    public static final Setting<Integer> SINK_QUEUE_CAPACITY = Setting.integer(
            "detect.server.sink-queue-capacity",
            DEFAULT_SINK_QUEUE_CAPACITY,
            "Alerts that may wait for each sink (more: dead-lettered, or dropped and counted).");
    /** Every key, in the order docs/DETECTION-SERVICE.md lists them. */
    public static final List<Setting<?>> KEYS = List.of(
            LISTEN,
            TOKEN_FILE,
            INSECURE_NO_AUTH,
            STATE_FILE,
            CHECKPOINT_INTERVAL,
            MAX_BODY_BYTES,
            REQUEST_TIMEOUT,
            QUEUE_CAPACITY,
            SINK_QUEUE_CAPACITY);

    public ServerSettings {
        requireNonNull(listen, "listen is null");
        requireNonNull(token, "token is null");
        requireNonNull(stateFile, "stateFile is null");
        requireNonNull(checkpointInterval, "checkpointInterval is null");
        requireNonNull(requestTimeout, "requestTimeout is null");
        if (listen.isUnresolved()) {
            throw new IllegalArgumentException("cannot resolve listen host " + listen.getHostString());
        }
        if (token.isPresent() && insecureNoAuth) {
            throw new IllegalArgumentException("a token and --insecure-no-auth exclude each other");
        }
        if (token.isEmpty() && !insecureNoAuth) {
            throw new IllegalArgumentException("refusing to start without a bearer token (give a token file)");
        }
        if (insecureNoAuth && !listen.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("refusing to run without authentication on "
                    + listen.getAddress().getHostAddress() + ", which is not a loopback address");
        }
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("checkpointInterval must be positive: " + checkpointInterval);
        }
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes must be in 1..2^31-9: " + maxBodyBytes);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
        }
        if (queueCapacity < 1 || sinkQueueCapacity < 1) {
            throw new IllegalArgumentException("queue capacities must be positive");
        }
    }

    /**
     * The settings given, defaults for the others.
     *
     * @param readToken reads the bearer token from the {@link #TOKEN_FILE} (its errors name the file, never the token)
     */
    public static ServerSettings from(SettingValues values, Function<Path, SharedSecret> readToken) {
        requireNonNull(values, "values is null");
        requireNonNull(readToken, "readToken is null");
        return new ServerSettings(
                values.get(LISTEN),
                values.optional(TOKEN_FILE).map(readToken),
                values.get(INSECURE_NO_AUTH),
                values.optional(STATE_FILE),
                values.get(CHECKPOINT_INTERVAL),
                values.get(MAX_BODY_BYTES),
                values.get(REQUEST_TIMEOUT),
                values.get(QUEUE_CAPACITY),
                values.get(SINK_QUEUE_CAPACITY));
    }

    /** Settings with the defaults and the given bearer token. */
    public static ServerSettings secured(InetSocketAddress listen, SharedSecret token) {
        return new ServerSettings(
                listen,
                Optional.of(requireNonNull(token, "token is null")),
                false,
                Optional.empty(),
                DEFAULT_CHECKPOINT_INTERVAL,
                DEFAULT_MAX_BODY_BYTES,
                DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_QUEUE_CAPACITY,
                DEFAULT_SINK_QUEUE_CAPACITY);
    }

    public ServerSettings withStateFile(Path file, Duration interval) {
        return new ServerSettings(
                listen,
                token,
                insecureNoAuth,
                Optional.of(requireNonNull(file, "file is null")),
                interval,
                maxBodyBytes,
                requestTimeout,
                queueCapacity,
                sinkQueueCapacity);
    }

    public ServerSettings withMaxBodyBytes(long limit) {
        return new ServerSettings(
                listen,
                token,
                insecureNoAuth,
                stateFile,
                checkpointInterval,
                limit,
                requestTimeout,
                queueCapacity,
                sinkQueueCapacity);
    }

    /** The same settings without authentication (only valid on loopback). */
    public ServerSettings withoutAuthentication() {
        return new ServerSettings(
                listen,
                Optional.empty(),
                true,
                stateFile,
                checkpointInterval,
                maxBodyBytes,
                requestTimeout,
                queueCapacity,
                sinkQueueCapacity);
    }

    /** Insecure settings: no token, on a loopback address. */
    public static ServerSettings insecure(InetSocketAddress listen) {
        return new ServerSettings(
                listen,
                Optional.empty(),
                true,
                Optional.empty(),
                DEFAULT_CHECKPOINT_INTERVAL,
                DEFAULT_MAX_BODY_BYTES,
                DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_QUEUE_CAPACITY,
                DEFAULT_SINK_QUEUE_CAPACITY);
    }
}
