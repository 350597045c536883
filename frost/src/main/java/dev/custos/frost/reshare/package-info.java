/**
 * Resharing a key to a new committee and threshold without reconstructing it (Desmedt-Jajodia style redistribution with
 * Feldman commitments): {@link dev.custos.frost.reshare.Reshare#deal} (each dealer: a {@link
 * dev.custos.frost.reshare.ReshareDealing} of its Lagrange-weighted share) and {@link
 * dev.custos.frost.reshare.Reshare#receive} (each new participant: checks against the old public key package, sums the
 * sub-shares). {@link dev.custos.frost.reshare.ReshareCeremony} runs it in one process. See docs/FROST-LIFECYCLE.md §5.
 */
package dev.custos.frost.reshare;
