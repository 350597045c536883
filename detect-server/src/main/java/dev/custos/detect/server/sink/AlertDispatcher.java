package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import java.time.Duration;
import java.util.List;

/** Hands every alert to each queued sink; never blocks. */
public final class AlertDispatcher implements AutoCloseable {
    private final List<QueuedSink> sinks;

    public AlertDispatcher(List<QueuedSink> sinks) {
        this.sinks = List.copyOf(sinks);
    }

    /** A dispatcher with no sinks. */
    public static AlertDispatcher none() {
        return new AlertDispatcher(List.of());
    }

    /** Offers the alerts among {@code outputs} to every sink. */
    public void dispatch(List<PipelineOutput> outputs) {
        requireNonNull(outputs, "outputs is null");
        for (PipelineOutput output : outputs) {
            if (output instanceof Alert alert) {
                for (QueuedSink sink : sinks) {
                    sink.offer(alert);
                }
            }
        }
    }

    public List<String> sinkNames() {
        return sinks.stream().map(QueuedSink::name).toList();
    }

    /** Lets each sink deliver what it has queued for up to {@code grace}, then closes it. */
    public void close(Duration grace) {
        for (QueuedSink sink : sinks) {
            sink.close(grace);
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }
}
