/**
 * FROST signing round two (RFC 9591 §5.2 "Round Two - Signature Share Generation", with the binding factors and group
 * commitment of §4.4-4.6; ZF FROST {@code round2.rs}): the coordinator builds the {@link
 * dev.custos.frost.round2.SigningPackage}; each signer runs {@link dev.custos.frost.round2.Round2#sign}, which records
 * its nonces as used in its {@code NonceStore} before it computes its {@link dev.custos.frost.round2.SignatureShare}.
 * {@link dev.custos.frost.round2.SigningContext} holds the values both signers and the aggregator derive from the
 * package. See docs/FROST.md, "Flow and messages".
 */
package dev.custos.frost.round2;
