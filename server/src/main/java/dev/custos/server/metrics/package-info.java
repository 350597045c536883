/** The custody server's Prometheus metrics: {@link dev.custos.server.metrics.ServerMetrics}. */
package dev.custos.server.metrics;
