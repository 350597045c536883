/**
 * Cryptographic primitives shared by the threshold-signing modules: prime-order groups ({@code group}), scalars
 * ({@code scalar}), secret holders ({@code secret}), verifiable secret sharing ({@code vss}) and transcript hashing
 * ({@code transcript}).
 *
 * <p>This package itself holds {@link dev.custos.crypto.InvalidEncodingException}, thrown when an encoding received
 * from outside is not the canonical encoding of a valid value.
 */
@NullMarked
package dev.custos.crypto;

import org.jspecify.annotations.NullMarked;
