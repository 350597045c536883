/**
 * The edwards25519 prime-order group (RFC 8032; FROST(Ed25519, SHA-512) in RFC 9591), entry point {@link
 * dev.custos.crypto.group.ed25519.Ed25519Group#INSTANCE}.
 *
 * <p><b>Why this package has its own point arithmetic.</b> FROST needs the group operations themselves: point addition,
 * multiplication by arbitrary scalars, multi-scalar multiplication, strict decoding. Bouncy Castle implements Ed25519
 * signatures, but its point types and arithmetic ({@code org.bouncycastle.math.ec.rfc8032.Ed25519}) are private; it
 * exposes only the field arithmetic modulo 2^255 - 19 ({@code org.bouncycastle.math.ec.rfc7748.X25519Field}). The JDK's
 * EdDSA provider and Tink keep their arithmetic internal too. The Java libraries that did publish edwards25519 points
 * ({@code net.i2p.crypto:eddsa}, last released 2018; {@code cafe.cryptography:curve25519-elisabeth}, a single 0.1.0
 * release in 2019) are no longer maintained. So the group is built here on Bouncy Castle's field: extended twisted
 * Edwards coordinates (Hisil, Wong, Carter, Dawson 2008) with a = -1, the unified (complete) addition and the dedicated
 * doubling formulas.
 *
 * <p>Timing: {@code Element.multiplySecret}, {@code Element.secretProductDigest} and {@code Group.multiplyGenerator} run
 * in time independent of the scalar (signed radix-16 fixed window; every table lookup reads all entries with masks).
 * {@code Element.multiplyPublic}, {@code Group.multiScalarMultiply} and {@code Group.decode} are variable time (width-5
 * NAF) and meant for public inputs.
 */
@NullMarked
package dev.custos.crypto.group.ed25519;

import org.jspecify.annotations.NullMarked;
