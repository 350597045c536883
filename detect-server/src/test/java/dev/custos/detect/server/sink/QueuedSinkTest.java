package dev.custos.detect.server.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.output.Alert;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.testing.CapturedLogs;
import dev.custos.detect.server.testing.TestAlerts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueuedSinkTest {
    @Test
    void deliver_failing_isLoggedAsAWarningNamingTheSinkAndTheAlert() throws Exception {
        AlertSink failing = new AlertSink() {
            @Override
            public String name() {
                return "webhook";
            }

            @Override
            public void deliver(Alert alert) throws IOException {
                throw new IOException("HTTP 503 after 5 attempts");
            }
        };
        try (CapturedLogs logs = new CapturedLogs()) {
            QueuedSink queued = new QueuedSink(failing, 2, new ServerMetrics());
            assertThat(queued.offer(TestAlerts.alert("a1", "high"))).isTrue();
            queued.close(Duration.ofSeconds(5));

            assertThat(logs.lines()).singleElement().satisfies(line -> {
                assertThat(line.get("level").asText()).isEqualTo("WARN");
                assertThat(line.get("logger").asText()).isEqualTo(QueuedSink.class.getName());
                assertThat(line.get("message").asText())
                        .isEqualTo("webhook could not deliver alert a1: HTTP 503 after 5 attempts");
                assertThat(line.get("context").get("sink").asText()).isEqualTo("webhook");
                assertThat(line.get("context").get("alert_id").asText()).isEqualTo("a1");
            });
        }
    }

    @Test
    void aFileSink_countsItsDeliveries(@TempDir Path folder) throws Exception {
        ServerMetrics metrics = new ServerMetrics();
        Path file = folder.resolve("alerts.ndjson");
        QueuedSink queued = new QueuedSink(NdjsonSink.appendingTo(file), 4, metrics);
        queued.offer(TestAlerts.alert("a1", "high"));
        queued.offer(TestAlerts.alert("a2", "medium"));
        queued.close(Duration.ofSeconds(5));

        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(metrics.deliveries("file")).isEqualTo(2);
    }

    @Test
    void offer_whileTheSinkIsStuck_neverBlocks_andDropsWhenFull() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<String> delivered = new CopyOnWriteArrayList<>();
        AlertSink stuck = new AlertSink() {
            @Override
            public String name() {
                return "stuck";
            }

            @Override
            public void deliver(Alert alert) {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                delivered.add(alert.id());
            }
        };
        ServerMetrics metrics = new ServerMetrics();
        QueuedSink queued = new QueuedSink(stuck, 2, metrics);

        assertThat(queued.offer(TestAlerts.alert("a1", "high"))).isTrue();
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(queued.offer(TestAlerts.alert("a2", "high"))).isTrue();
        assertThat(queued.offer(TestAlerts.alert("a3", "high"))).isTrue();
        assertThat(queued.offer(TestAlerts.alert("a4", "high"))).isFalse();
        assertThat(metrics.prometheusText()).contains("custos_detect_sink_dropped_total{sink=\"stuck\"} 1");
        assertThat(metrics.prometheusText()).contains("custos_detect_sink_queue_depth{sink=\"stuck\"} 2");

        release.countDown();
        queued.close(Duration.ofSeconds(5));
        assertThat(delivered).containsExactly("a1", "a2", "a3");
    }

    @Test
    void overflowAndLeftovers_areKeptBySinksThatCan_notDropped() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        List<String> kept = new CopyOnWriteArrayList<>();
        AlertSink keeping = new AlertSink() {
            @Override
            public String name() {
                return "keeping";
            }

            @Override
            public void deliver(Alert alert) {
                started.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public boolean keep(Alert alert, String reason) {
                kept.add(alert.id() + ": " + reason);
                return true;
            }
        };
        ServerMetrics metrics = new ServerMetrics();
        QueuedSink queued = new QueuedSink(keeping, 1, metrics);

        queued.offer(TestAlerts.alert("b1", "high"));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        queued.offer(TestAlerts.alert("b2", "high"));
        assertThat(queued.offer(TestAlerts.alert("b3", "high"))).isFalse();
        queued.close(Duration.ofMillis(200));

        assertThat(kept).containsExactly("b3: queue full", "b2: service stopped before delivery");
        assertThat(metrics.prometheusText()).contains("custos_detect_sink_dropped_total{sink=\"keeping\"} 0");
    }

    @Test
    void offer_alertTheSinkDoesNotWant_isSkipped() {
        List<String> delivered = new CopyOnWriteArrayList<>();
        AlertSink highOnly = new AlertSink() {
            @Override
            public String name() {
                return "high-only";
            }

            @Override
            public boolean accepts(Alert alert) {
                return !alert.severity().equals("low");
            }

            @Override
            public void deliver(Alert alert) {
                delivered.add(alert.id());
            }
        };
        QueuedSink queued = new QueuedSink(highOnly, 4, new ServerMetrics());

        queued.offer(TestAlerts.alert("low-1", "low"));
        queued.offer(TestAlerts.alert("high-1", "high"));
        queued.close(Duration.ofSeconds(5));

        assertThat(delivered).containsExactly("high-1");
    }
}
