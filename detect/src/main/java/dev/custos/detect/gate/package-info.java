/**
 * The signing gate (docs/DETECTION.md, "Signing gate"): {@link dev.custos.detect.gate.SigningGate} turns each {@code
 * signing.request} into an allow, escalate or deny decision by combining the prior risk of the initiator and the
 * wallet (attributed by {@code PriorAttribution}) with the findings on the request itself, and comparing the result
 * with the wallet tier's {@link dev.custos.detect.gate.GateThresholds}; a screening hit denies outright.
 */
package dev.custos.detect.gate;
