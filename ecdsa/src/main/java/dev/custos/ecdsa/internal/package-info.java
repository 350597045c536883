/**
 * Helpers of the protocol packages, not part of the public API: the one encoder and decoder ({@link
 * dev.custos.ecdsa.internal.MessageWriter}, {@link dev.custos.ecdsa.internal.MessageReader}) and the message envelope
 * ({@link dev.custos.ecdsa.internal.Envelope}), domain-separated hashing ({@link dev.custos.ecdsa.internal.Hasher}),
 * Schnorr proofs of knowledge ({@link dev.custos.ecdsa.internal.DiscreteLogProof}), echo broadcast ({@link
 * dev.custos.ecdsa.internal.BroadcastView}), the checks of one round's messages ({@link
 * dev.custos.ecdsa.internal.Inbox}) and of one-shot states ({@link dev.custos.ecdsa.internal.StateChecks}), and the
 * in-process transport of the ceremonies ({@link dev.custos.ecdsa.internal.LocalNetwork}).
 */
package dev.custos.ecdsa.internal;
