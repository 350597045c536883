/**
 * The coordinator's job engine: it runs key generation, presigning and signing across the signer nodes over
 * {@link dev.custos.coordinator.link.NodeLinks}, relays their end-to-end encrypted envelopes, retries without the
 * nodes that failed, and assembles and verifies the result ({@link dev.custos.coordinator.job.JobEngine}). It is
 * untrusted: each node derives what it signs and decides on its own (docs/NODES.md, "Jobs").
 */
@NullMarked
package dev.custos.coordinator.job;

import org.jspecify.annotations.NullMarked;
