/** Streaming, explainable anomaly detection over ECS events. */
package dev.custos.detect;
