/**
 * Threshold ECDSA on secp256k1 after DKLs23 (Doerner, Kondi, Lee, shelat, "Threshold ECDSA in Three Rounds", IACR
 * ePrint 2023/765), with the OT-based multiplication of DKLs19 (ePrint 2019/523) and the KOS15 OT extension. Laid out
 * as {@code dev.custos.frost}: each protocol is a chain of one-shot round states that each step consumes.
 *
 * <p>Flow: {@link dev.custos.ecdsa.dkg.Dkg#start} (key generation) and {@link dev.custos.ecdsa.keys.OtVerification#start}
 * (the base-OT verification that makes a {@link dev.custos.ecdsa.keys.KeyShare} usable); then, per signature, {@link
 * dev.custos.ecdsa.presign.Presign#start} (message-independent rounds, a single-use {@link
 * dev.custos.ecdsa.presign.Presignature} kept in a {@link dev.custos.ecdsa.store.PresignatureStore}), {@link
 * dev.custos.ecdsa.sign.Signer#sign} and {@link dev.custos.ecdsa.sign.SignatureCombiner#combine}. {@link
 * dev.custos.ecdsa.reshare.Resharing#start} refreshes or reshares a key.
 *
 * <p>This package holds what every other one uses: {@link dev.custos.ecdsa.Identifier} (the participant identifier, as
 * frost's), {@link dev.custos.ecdsa.SessionId}, {@link dev.custos.ecdsa.ProtocolMessage} and {@link
 * dev.custos.ecdsa.EcdsaException} with its {@link dev.custos.ecdsa.EcdsaErrorCode}. See docs/ECDSA.md.
 */
package dev.custos.ecdsa;
