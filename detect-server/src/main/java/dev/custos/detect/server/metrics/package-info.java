/** Counters and gauges of the detection service, exposed at {@code GET /metrics} in the Prometheus text format. */
package dev.custos.detect.server.metrics;
