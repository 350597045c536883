/**
 * FROST signature aggregation (RFC 9591 §5.3 "Signature Share Aggregation"; ZF FROST {@code aggregate}): {@link
 * dev.custos.frost.aggregate.Aggregator#aggregate} sums the shares, verifies the signature, and only if it is invalid
 * checks every share (§5.4) to name the culprits. {@link dev.custos.frost.aggregate.SigningCeremony} runs both signing
 * rounds and the aggregation for all signers in one process (tests, demos, benchmarks). See docs/FROST.md, "Aggregation
 * and identifiable abort".
 */
package dev.custos.frost.aggregate;
