/**
 * Durable file writes for the node's state: {@link dev.custos.node.io.AtomicFile} replaces or creates a file so that a
 * crash leaves the old content or the new, never a mix, and reports a write only once it is on stable storage; {@link
 * dev.custos.node.io.ExclusiveLock} keeps two stores (in this process or another) off one file.
 */
@NullMarked
package dev.custos.node.io;

import org.jspecify.annotations.NullMarked;
