package dev.custos.ecdsa.keys;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.internal.CheckFailedException;

/**
 * One step of a two-party sub-protocol on a verified OT pair ({@link KeyShare#withVerifiedPair}). A
 * {@link CheckFailedException} means the peer failed an OT-extension check: the pair is then retired.
 */
@FunctionalInterface
public interface PairStep<T> {
    T run(VerifiedPair pair) throws CheckFailedException, EcdsaException;
}
