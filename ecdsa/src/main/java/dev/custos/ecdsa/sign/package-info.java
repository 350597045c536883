/**
 * The message-dependent last round of DKLs23 signing (ePrint 2023/765, Protocol 3.6, round 3; docs/ECDSA.md,
 * "Signing"): {@link dev.custos.ecdsa.sign.Signer#sign} consumes a presignature from its store and computes a {@link
 * dev.custos.ecdsa.sign.SignatureShare}; {@link dev.custos.ecdsa.sign.SignatureCombiner#combine} adds the shares,
 * normalises to low S with the recovery id and verifies the signature. {@link dev.custos.ecdsa.sign.SigningCeremony}
 * runs both for all signers in one process.
 */
package dev.custos.ecdsa.sign;
