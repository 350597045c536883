/**
 * Prime-order groups as RFC 9591 (FROST) uses them in §3.1: {@link dev.custos.crypto.group.Group} (generator, scalar
 * field, fixed-base and multi-scalar multiplication, strict {@code decode} for every element received from outside)
 * and {@link dev.custos.crypto.group.Element} (immutable values with the canonical SerializeElement encoding).
 *
 * <p>Implementations: {@link dev.custos.crypto.group.secp256k1.Secp256k1Group#instance()} (33-byte SEC1 compressed
 * points) and {@link dev.custos.crypto.group.ed25519.Ed25519Group#INSTANCE} (32-byte RFC 8032 points).
 */
@NullMarked
package dev.custos.crypto.group;

import org.jspecify.annotations.NullMarked;
