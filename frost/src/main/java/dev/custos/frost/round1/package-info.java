/**
 * FROST signing round one (RFC 9591 §5.1 "Round One - Commitment"; ZF FROST {@code round1.rs}): {@link
 * dev.custos.frost.round1.Round1#commit} draws a signer's hedged, single-use {@link
 * dev.custos.frost.round1.SigningNonces} (§4.1) and the public {@link dev.custos.frost.round1.SigningCommitments} it
 * sends. A {@link dev.custos.frost.round1.NonceStore} ({@link dev.custos.frost.round1.InMemoryNonceStore}, durable
 * {@link dev.custos.frost.round1.FileNonceStore#open}) records each nonce as used before round two releases a share.
 * See docs/FROST.md, "Nonces".
 */
package dev.custos.frost.round1;
