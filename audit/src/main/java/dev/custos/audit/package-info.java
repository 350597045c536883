/**
 * The tamper-evident audit log (docs/AUDIT.md): every entry is a leaf of an RFC 9162 Merkle tree ({@code merkle}),
 * the log signs a C2SP checkpoint of the tree head after every append ({@code note}, {@code checkpoint}), and each
 * signer node co-signs a checkpoint only if it extends the last one it co-signed ({@code log}). A verifier recomputes
 * the tree from the entries and names the first bad one.
 */
@NullMarked
package dev.custos.audit;

import org.jspecify.annotations.NullMarked;
