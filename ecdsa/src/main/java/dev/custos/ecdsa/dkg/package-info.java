/**
 * Distributed key generation (docs/ECDSA.md, "DKG"): Feldman VSS by every party with commit-then-open and proofs of
 * knowledge bound to the session and dealer, echo broadcast of the commitments, and the pairwise base OTs that set up
 * the OT extension of DKLs23 (ePrint 2023/765) in both directions of every pair. {@link
 * dev.custos.ecdsa.dkg.Dkg#start} returns the one-shot {@link dev.custos.ecdsa.dkg.DkgRound1}, whose {@link
 * dev.custos.ecdsa.dkg.DkgRound1#round2} returns {@link dev.custos.ecdsa.dkg.DkgRound2}, whose {@link
 * dev.custos.ecdsa.dkg.DkgRound2#finish} returns the {@link dev.custos.ecdsa.keys.KeyShare} (sealed {@link
 * dev.custos.ecdsa.dkg.DkgState}). {@link dev.custos.ecdsa.dkg.DkgCeremony} runs the DKG and the base-OT verification
 * for all parties in one process.
 */
package dev.custos.ecdsa.dkg;
