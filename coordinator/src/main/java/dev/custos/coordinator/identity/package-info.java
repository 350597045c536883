/**
 * The coordinator's own identity: an Ed25519 key in an encrypted keystore, as a node keeps its identity. Its public key
 * ({@link dev.custos.coordinator.identity.CoordinatorIdentity}) is what every node pins.
 */
package dev.custos.coordinator.identity;
