/**
 * Risk-based alerting: {@link dev.custos.detect.correlation.Correlator} accumulates findings per entity across
 * kill-chain stages within a decaying time window ({@link dev.custos.detect.correlation.CorrelationSettings}) and
 * raises an alert on the accountable identity when its risk first reaches the alert level and again at each higher
 * severity. It is the {@link dev.custos.detect.RiskView} detectors read, and the signing gate takes prior risk from it.
 */
package dev.custos.detect.correlation;
