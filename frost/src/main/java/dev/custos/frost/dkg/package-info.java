/**
 * Distributed key generation: Pedersen's DKG with Feldman VSS and Schnorr proofs of knowledge, as FROST KeyGen (RFC 9591
 * Appendix C; ZF FROST {@code keys/dkg.rs}). {@link dev.custos.frost.dkg.Dkg#part1} returns the one-shot {@link
 * dev.custos.frost.dkg.DkgRound1}, whose {@link dev.custos.frost.dkg.DkgRound1#part2} returns {@link
 * dev.custos.frost.dkg.DkgRound2}, whose {@link dev.custos.frost.dkg.DkgRound2#part3} returns the key packages (sealed
 * {@link dev.custos.frost.dkg.DkgState}); the messages are {@link dev.custos.frost.dkg.Round1Package} (broadcast) and
 * {@link dev.custos.frost.dkg.Round2Package} (private). {@link dev.custos.frost.dkg.DkgCeremony} runs all participants
 * in one process. See docs/FROST-LIFECYCLE.md §2.
 */
package dev.custos.frost.dkg;
