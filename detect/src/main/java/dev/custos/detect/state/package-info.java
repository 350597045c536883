/**
 * Bounded, checkpointable detector state: {@link dev.custos.detect.state.EntityTable} keeps per-entity state under
 * {@link dev.custos.detect.state.EntityLimits} (idle expiry and a cap, on event time only); {@link
 * dev.custos.detect.state.Checkpointable} saves and restores state as JSON, read through {@link
 * dev.custos.detect.state.StateJson} with errors that name the culprit field; {@link
 * dev.custos.detect.state.AtomicFiles} replaces files atomically.
 */
package dev.custos.detect.state;
