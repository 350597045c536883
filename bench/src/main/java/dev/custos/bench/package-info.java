/** JMH benchmarks; run them as described in docs/BENCHMARKS.md. */
package dev.custos.bench;
