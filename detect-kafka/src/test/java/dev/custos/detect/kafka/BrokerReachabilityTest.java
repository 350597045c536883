package dev.custos.detect.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class BrokerReachabilityTest {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    /** The status lines of polls one second apart, with the given connection counts. */
    private static List<String> statuses(BrokerReachability reachability, int... connections) {
        List<String> told = new ArrayList<>();
        for (int second = 0; second < connections.length; second++) {
            reachability.observe(connections[second], second * SECOND).ifPresent(told::add);
        }
        return told;
    }

    @Test
    void aLongOutage_isToldOnce_thenEveryFewMinutes_andTheRecoveryOnce() {
        BrokerReachability reachability = new BrokerReachability("kafka-1:9092");
        int[] connections = new int[2 + 700 + 3];
        connections[0] = 1;
        connections[1] = 1;
        connections[702] = 1;
        connections[703] = 2;
        connections[704] = 1;

        List<String> told = statuses(reachability, connections);

        // down from second 2 to 701: told at 12 s (grace), reminded at 312 s and 612 s, back at 702 s
        assertThat(told).hasSize(4);
        assertThat(told.get(0))
                .isEqualTo("Kafka at kafka-1:9092 is unreachable (no connection for 10 s); retrying quietly with"
                        + " backoff, status every 5 min until it answers");
        assertThat(told.get(1)).contains("still unreachable, for 310 s");
        assertThat(told.get(2)).contains("still unreachable, for 610 s");
        assertThat(told.get(3)).isEqualTo("Kafka at kafka-1:9092 is reachable again after 700 s; consuming resumes");
        assertThat(reachability.reachable()).isTrue();
    }

    @Test
    void aBlipShorterThanTheGrace_isNotTold() {
        BrokerReachability reachability = new BrokerReachability("kafka-1:9092");

        assertThat(statuses(reachability, 1, 0, 0, 0, 0, 0, 1, 1)).isEmpty();
        assertThat(reachability.reachable()).isTrue();
    }

    @Test
    void connections_readsTheConsumersConnectionCount_andIsEmptyWithoutIt() {
        Map<MetricName, Metric> metrics = new LinkedHashMap<>();
        metrics.put(new MetricName("connection-count", "producer-metrics", "", Map.of()), metric(5.0));
        assertThat(BrokerReachability.connections(metrics)).isEmpty();

        metrics.put(new MetricName("connection-count", "consumer-metrics", "", Map.of()), metric(2.0));
        assertThat(BrokerReachability.connections(metrics)).isEqualTo(Optional.of(2));
    }

    private static Metric metric(double value) {
        return new Metric() {
            @Override
            public MetricName metricName() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object metricValue() {
                return value;
            }
        };
    }
}
