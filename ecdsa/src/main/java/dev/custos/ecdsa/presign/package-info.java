/**
 * The message-independent rounds of DKLs23 threshold signing (ePrint 2023/765, Protocol 3.6, rounds 1 and 2; docs/ECDSA.md,
 * "Signing"): {@link dev.custos.ecdsa.presign.Presign#start} returns the one-shot {@link
 * dev.custos.ecdsa.presign.PresignRound1}, whose {@link dev.custos.ecdsa.presign.PresignRound1#round2} returns {@link
 * dev.custos.ecdsa.presign.PresignRound2}, whose {@link dev.custos.ecdsa.presign.PresignRound2#finish} returns the
 * single-use {@link dev.custos.ecdsa.presign.Presignature} (sealed {@link dev.custos.ecdsa.presign.PresignState}).
 * Start claims the session and requires verified OT pairs before anything is computed. {@link
 * dev.custos.ecdsa.presign.PresignCeremony} runs it for all signers in one process.
 */
package dev.custos.ecdsa.presign;
