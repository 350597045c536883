/**
 * Protocol messages between signer nodes, through a coordinator that can read, drop, reorder, replay and alter
 * anything it relays. Every message is an {@link dev.custos.node.envelope.Envelope}: a header (session, sender,
 * recipient, round) and a payload, signed by the sender's Ed25519 key; a direct payload is also encrypted to its
 * recipient with HPKE (RFC 9180, base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM), bound to the header.
 * {@link dev.custos.node.envelope.EnvelopeSealer} builds them; {@link dev.custos.node.envelope.EnvelopeInbox} accepts
 * only what the sender sent, for this node and session, in order, once, and otherwise throws an {@link
 * dev.custos.node.envelope.EnvelopeException} naming the sender and, where the envelope proves it, the culprit. The
 * protocol payloads are opaque bytes here.
 */
@NullMarked
package dev.custos.node.envelope;

import org.jspecify.annotations.NullMarked;
