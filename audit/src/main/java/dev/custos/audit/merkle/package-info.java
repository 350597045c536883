/**
 * RFC 9162 §2.1 Merkle tree math with SHA-256: leaf and node hashing ({@link dev.custos.audit.merkle.MerkleHashing}),
 * an append-only in-memory tree that gives tree heads and proofs for any size ({@link
 * dev.custos.audit.merkle.MerkleTree}), and strict verification of inclusion and consistency proofs ({@link
 * dev.custos.audit.merkle.MerkleProofs}) that rejects every malformed proof with a {@link
 * dev.custos.audit.merkle.ProofException}.
 */
@NullMarked
package dev.custos.audit.merkle;

import org.jspecify.annotations.NullMarked;
