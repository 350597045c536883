/**
 * The signer node's foundation: who a node is ({@code identity}), how it keeps secrets at rest ({@code keystore}),
 * which nodes it works with ({@code committee}, signed by a quorum of admins) and how it talks to them through an
 * untrusted coordinator ({@code envelope}: signed by the sender, encrypted to the recipient). {@code wire} holds the
 * length-prefixed binary encoding every format here uses, and {@code io} the atomic file writes. The formats are
 * specified byte by byte in {@code docs/NODES.md}.
 */
@NullMarked
package dev.custos.node;

import org.jspecify.annotations.NullMarked;
