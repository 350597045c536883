/**
 * RFC 9591 FROST two-round threshold Schnorr signing for FROST(Ed25519, SHA-512), FROST(secp256k1, SHA-256) and the
 * BIP340/Taproot variant of ZF's {@code frost-secp256k1-tr}, laid out as ZF FROST's {@code frost-core}.
 *
 * <p>Flow: keys come from {@link dev.custos.frost.keys.TrustedDealer} (or the DKG in {@code dev.custos.frost.dkg}) as
 * {@link dev.custos.frost.keys.KeyPackage}s plus one {@link dev.custos.frost.keys.PublicKeyPackage}; each signer runs
 * {@link dev.custos.frost.round1.Round1#commit} and sends its {@link dev.custos.frost.round1.SigningCommitments}; the
 * coordinator builds a {@link dev.custos.frost.round2.SigningPackage}; each signer runs {@link
 * dev.custos.frost.round2.Round2#sign} (single-use nonces, recorded in a {@link dev.custos.frost.round1.NonceStore});
 * the coordinator calls {@link dev.custos.frost.aggregate.Aggregator#aggregate} and publishes {@link
 * dev.custos.frost.Signature#encode()}. Every message has a versioned {@code serialize()}/{@code deserialize(byte[])}
 * ({@code dev.custos.frost.serialization}).
 *
 * <p>This package holds what every other one uses: the ciphersuites ({@link dev.custos.frost.Ciphersuites}, RFC 9591
 * §6.1 and §6.5), {@link dev.custos.frost.Identifier} (§3.1), the group's {@link dev.custos.frost.VerifyingKey}, {@link
 * dev.custos.frost.Signature}, the lifecycle {@link dev.custos.frost.SessionId}, and {@link
 * dev.custos.frost.FrostException} with its {@link dev.custos.frost.FrostErrorCode}. See docs/FROST.md.
 */
package dev.custos.frost;
