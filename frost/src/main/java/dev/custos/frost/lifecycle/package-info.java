/**
 * What the key lifecycle protocols (DKG, refresh, repair, reshare) share, so that none of them depends on another: the
 * message interfaces {@link dev.custos.frost.lifecycle.LifecycleMessage} and {@link
 * dev.custos.frost.lifecycle.PrivateScalarMessage}, the checks on received messages ({@link
 * dev.custos.frost.lifecycle.LifecycleChecks}) and on Feldman commitments and shares ({@link
 * dev.custos.frost.lifecycle.FeldmanChecks}), share dealing ({@link dev.custos.frost.lifecycle.ShareDealing}), and the
 * outputs {@link dev.custos.frost.lifecycle.LifecycleOutput} (one participant) and {@link
 * dev.custos.frost.lifecycle.CeremonyResult} (all participants, from a ceremony). See docs/FROST-LIFECYCLE.md §1
 * "Common design".
 */
package dev.custos.frost.lifecycle;
