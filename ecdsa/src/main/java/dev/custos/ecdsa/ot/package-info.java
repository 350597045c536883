/**
 * Base oblivious transfer (docs/ECDSA.md, "Base OT"): batches of 128 random OTs by "Simplest OT" (Chou and Orlandi,
 * LATINCRYPT 2015) with a proof of knowledge of the sender key, and the verification phase of DKLs19's "verified
 * Simplest OT" (ePrint 2019/523, Protocol 7). {@link dev.custos.ecdsa.ot.BaseOtSender} and {@link
 * dev.custos.ecdsa.ot.BaseOtReceiver} run a batch; {@link dev.custos.ecdsa.ot.SenderVerification} and {@link
 * dev.custos.ecdsa.ot.BaseOtReceiver#answer} / {@link dev.custos.ecdsa.ot.BaseOtReceiver#verifyOpening} verify it; the
 * outputs are {@link dev.custos.ecdsa.ot.OtSeedPairs} (sender) and {@link dev.custos.ecdsa.ot.OtChosenSeeds}
 * (receiver).
 */
package dev.custos.ecdsa.ot;
