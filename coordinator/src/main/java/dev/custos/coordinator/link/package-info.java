/**
 * The coordinator's seam to its transport: {@link dev.custos.coordinator.link.NodeLinks} sends to connected nodes by
 * committee name, {@link dev.custos.coordinator.link.NodeLinkListener} receives from them. The TLS relay server and an
 * in-memory transport for tests implement it.
 */
@NullMarked
package dev.custos.coordinator.link;

import org.jspecify.annotations.NullMarked;
