package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Whether the consumer is connected to any broker, told once per change instead of once per reconnect attempt. The
 * Kafka client retries an unreachable broker by itself (with the backoff of {@link KafkaClients#consumerConfig}); this
 * turns its state into three kinds of status line: unreachable (once), still unreachable (at most every {@link
 * #REMINDER}) and reachable again. Not thread safe: used by the thread that polls.
 */
final class BrokerReachability {
    /** How long no connection must last before it is told (a leader moving between brokers is not an outage). */
    static final Duration GRACE = Duration.ofSeconds(10);
    /** How often a broker that stays unreachable is mentioned again. */
    static final Duration REMINDER = Duration.ofMinutes(5);

    private final String brokers;
    private boolean reachable = true;
    private boolean told;
    private long downSinceNanos;
    private long lastToldNanos;

    BrokerReachability(String brokers) {
        this.brokers = requireNonNull(brokers, "brokers is null");
    }

    /**
     * The consumer's open connections, from its {@code connection-count} metric; empty when the client does not
     * report it (a test double).
     */
    static Optional<Integer> connections(Map<MetricName, ? extends Metric> metrics) {
        for (Map.Entry<MetricName, ? extends Metric> entry : metrics.entrySet()) {
            MetricName name = entry.getKey();
            if (name.name().equals("connection-count") && name.group().equals("consumer-metrics")) {
                Object value = entry.getValue().metricValue();
                if (value instanceof Number number) {
                    return Optional.of((int) Math.round(number.doubleValue()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Records that {@code connections} connections were open after a poll at {@code nanos} ({@link System#nanoTime})
     * and returns the status line to report, if the state changed or a reminder is due.
     */
    Optional<String> observe(int connections, long nanos) {
        if (connections > 0) {
            boolean wasTold = told;
            reachable = true;
            told = false;
            if (!wasTold) {
                return Optional.empty();
            }
            return Optional.of("Kafka at " + brokers + " is reachable again after " + seconds(nanos - downSinceNanos)
                    + " s; consuming resumes");
        }
        if (reachable) {
            reachable = false;
            downSinceNanos = nanos;
            return Optional.empty();
        }
        if (!told) {
            if (nanos - downSinceNanos < GRACE.toNanos()) {
                return Optional.empty();
            }
            told = true;
            lastToldNanos = nanos;
            return Optional.of(
                    "Kafka at " + brokers + " is unreachable (no connection for " + seconds(nanos - downSinceNanos)
                            + " s); retrying quietly with backoff, status every " + REMINDER.toMinutes()
                            + " min until it answers");
        }
        if (nanos - lastToldNanos >= REMINDER.toNanos()) {
            lastToldNanos = nanos;
            return Optional.of("Kafka at " + brokers + " is still unreachable, for " + seconds(nanos - downSinceNanos)
                    + " s; retrying quietly with backoff");
        }
        return Optional.empty();
    }

    /** True unless the last observation saw no connection. */
    boolean reachable() {
        return reachable;
    }

    private static long seconds(long nanos) {
        return Duration.ofNanos(nanos).toSeconds();
    }
}
