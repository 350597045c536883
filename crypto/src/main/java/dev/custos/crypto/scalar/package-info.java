/**
 * Scalars: integers modulo the prime order q of a group (secp256k1's n, edwards25519's L).
 *
 * <p>{@link dev.custos.crypto.scalar.ScalarField} holds the per-curve constants and decodes, reduces and samples scalars;
 * {@link dev.custos.crypto.scalar.Scalar} is the value type. Values live in fixed-width 64-bit limbs in Montgomery form,
 * so they can be wiped, and the arithmetic avoids branches on secret values.
 */
@NullMarked
package dev.custos.crypto.scalar;

import org.jspecify.annotations.NullMarked;
