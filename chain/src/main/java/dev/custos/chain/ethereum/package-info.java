/**
 * Ethereum primitives: Keccak-256, EIP-55 addresses, secp256k1 public key recovery, and legacy (EIP-155), EIP-2930 and
 * EIP-1559 transactions with their signing hashes.
 */
@NullMarked
package dev.custos.chain.ethereum;

import org.jspecify.annotations.NullMarked;
