package dev.custos.server.watch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.detection.VerdictIssuer;
import dev.custos.watch.follow.EventSink;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the watcher's events to the server's detection pipeline and keeps the alerts they raise in the alert store
 * (so they appear in {@code /v1/alerts} and the console). An event detection cannot read is logged and skipped.
 */
public final class DetectionSink implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(DetectionSink.class);

    private final VerdictIssuer detection;
    private final AlertStore alerts;

    public DetectionSink(VerdictIssuer detection, AlertStore alerts) {
        this.detection = requireNonNull(detection, "detection is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
    }

    @Override
    public void deliver(List<ObjectNode> events) {
        for (ObjectNode event : events) {
            try {
                List<ObjectNode> raised = detection.observe(event);
                raised.forEach(alert -> alerts.add(alert, null));
                LOG.info(
                        "watch: {} {} ({} alerts)",
                        event.path("event.action").asText(),
                        event.path("event.id").asText(),
                        raised.size());
            } catch (IllegalArgumentException e) {
                LOG.warn(
                        "watch: detection could not read event {}: {}",
                        event.path("event.id").asText(),
                        e.getMessage());
            }
        }
    }
}
