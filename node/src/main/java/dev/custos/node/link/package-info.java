/**
 * The seam between a node's logic and its transport to the coordinator: {@link dev.custos.node.link.CoordinatorLink}
 * sends opaque messages, {@link dev.custos.node.link.LinkListener} receives them. The TLS transport and an in-memory
 * one for tests implement it; the job logic never sees sockets.
 */
@NullMarked
package dev.custos.node.link;

import org.jspecify.annotations.NullMarked;
