/**
 * BIP32 non-hardened key derivation for a threshold key (docs/ECDSA.md, "BIP32"): {@link
 * dev.custos.ecdsa.derivation.ExtendedPublicKey} parses and encodes xpubs and derives children (CKDpub); the summed
 * tweak then shifts every key share ({@link dev.custos.ecdsa.keys.KeyShare#tweak}).
 */
package dev.custos.ecdsa.derivation;
