/**
 * The secp256k1 prime-order group with two arithmetic backends, libsecp256k1 (JNI) and Bouncy Castle (pure Java); see
 * {@link dev.custos.crypto.group.secp256k1.Secp256k1Group}.
 */
@NullMarked
package dev.custos.crypto.group.secp256k1;

import org.jspecify.annotations.NullMarked;
