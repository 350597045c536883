/**
 * Ordinary ECDSA signatures on secp256k1: {@link dev.custos.ecdsa.signature.EcdsaSignature} {@code (r, s, v)} with its
 * low-S normalisation and Ethereum encoding, {@link dev.custos.ecdsa.signature.EcdsaVerifier} (SEC 1 §4.1.4), strict DER
 * ({@link dev.custos.ecdsa.signature.DerSignature}), public-key recovery and EIP-55 addresses (docs/ECDSA.md,
 * "Output").
 */
package dev.custos.ecdsa.signature;
