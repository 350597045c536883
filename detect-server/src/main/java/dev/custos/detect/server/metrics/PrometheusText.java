package dev.custos.detect.server.metrics;

import static java.util.Objects.requireNonNull;

/** Builds the Prometheus text exposition format: {@code # HELP}, {@code # TYPE}, then samples. */
final class PrometheusText {
    private final StringBuilder text = new StringBuilder();
    private String current;

    PrometheusText counter(String name, String help) {
        return family(name, help, "counter");
    }

    PrometheusText gauge(String name, String help) {
        return family(name, help, "gauge");
    }

    /** A sample of the current family; {@code labels} is empty or {@code {name="value",...}}. */
    PrometheusText sample(String labels, long value) {
        if (current == null) {
            throw new IllegalStateException("no metric family started");
        }
        text.append(current).append(labels).append(' ').append(value).append('\n');
        return this;
    }

    /** One label, with its value escaped. */
    static String label(String name, String value) {
        requireNonNull(value, "value is null");
        String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{" + name + "=\"" + escaped + "\"}";
    }

    private PrometheusText family(String name, String help, String type) {
        current = requireNonNull(name, "name is null");
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
