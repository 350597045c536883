package dev.custos.detect.server;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.server.security.SharedSecret;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How the service runs.
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
                1024,
                10_000);
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
                1024,
                10_000);
    }
}
