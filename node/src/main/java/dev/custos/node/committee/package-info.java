/**
 * Which signer nodes work together. A {@link dev.custos.node.committee.Committee} lists the member nodes' identities
 * with a version and the {@link dev.custos.node.committee.AdminQuorum} that governs it; it counts once a quorum of
 * admins has signed it ({@link dev.custos.node.committee.SignedCommittee}) and {@link
 * dev.custos.node.committee.CommitteeVerifier} accepts it: the first against the operator's trust anchor, each
 * replacement with a higher version against the installed admins and its own. {@link
 * dev.custos.node.committee.CommitteeStore} keeps the installed one in the node's keystore.
 */
@NullMarked
package dev.custos.node.committee;

import org.jspecify.annotations.NullMarked;
