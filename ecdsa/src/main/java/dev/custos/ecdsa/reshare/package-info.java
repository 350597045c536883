/**
 * Refresh and resharing of a key to a new committee and threshold, with a fresh OT setup (docs/ECDSA.md, "Refresh and
 * resharing"): old holders run {@link dev.custos.ecdsa.reshare.ResharingDealer#deal}; each new member runs {@link
 * dev.custos.ecdsa.reshare.Resharing#start} → {@link dev.custos.ecdsa.reshare.ResharingRound1} → {@link
 * dev.custos.ecdsa.reshare.ResharingRound2} → new {@link dev.custos.ecdsa.keys.KeyShare} (sealed {@link
 * dev.custos.ecdsa.reshare.ResharingState}), whose OT pairs are then verified as after a DKG. The parameters all parties
 * agree on are {@link dev.custos.ecdsa.reshare.ResharingParameters}.
 */
package dev.custos.ecdsa.reshare;
