/**
 * BIP340/BIP341 key handling for the {@code secp256k1-tr} ciphersuite, with the conventions of ZF's {@code
 * frost-secp256k1-tr}: {@link dev.custos.frost.taproot.Taproot#evenY} keys and shares, and {@link
 * dev.custos.frost.taproot.Taproot#tweak} for the key-path tweak (BIP341 "Constructing and spending Taproot outputs").
 * See docs/FROST.md, "Ciphersuites", and docs/FROST-LIFECYCLE.md §2.4.
 */
package dev.custos.frost.taproot;
