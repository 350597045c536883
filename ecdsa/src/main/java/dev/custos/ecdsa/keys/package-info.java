/**
 * Key shares and the state of their OT pairs (docs/ECDSA.md, "Long-lived OT state: what keeps it safe"): {@link
 * dev.custos.ecdsa.keys.KeyShare} (secret, destroyable), its encoding {@link dev.custos.ecdsa.keys.KeyShareEncoding} and
 * store {@link dev.custos.ecdsa.keys.KeyShareStore}, the {@link dev.custos.ecdsa.keys.PairState} of each pair, reached
 * for presigning only through {@link dev.custos.ecdsa.keys.KeyShare#withVerifiedPair}, and the verification phase of
 * DKLs19's "verified Simplest OT" (ePrint 2019/523, Protocol 7): {@link dev.custos.ecdsa.keys.OtVerification#start} →
 * {@link dev.custos.ecdsa.keys.OtVerificationRound1} → {@link dev.custos.ecdsa.keys.OtVerificationRound2} → {@link
 * dev.custos.ecdsa.keys.OtVerificationRound3} (sealed {@link dev.custos.ecdsa.keys.OtVerificationState}); {@link
 * dev.custos.ecdsa.keys.OtVerificationCeremony} runs it in one process.
 */
package dev.custos.ecdsa.keys;
