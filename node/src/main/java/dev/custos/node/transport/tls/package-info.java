/**
 * TLS 1.3 with pinned Ed25519 identity keys and no certificate authority: self-signed certificates over the identity
 * key ({@link dev.custos.node.transport.tls.SelfSignedCertificate}), their strict reading ({@link
 * dev.custos.node.transport.tls.PeerCertificate}) and the one socket configuration ({@link
 * dev.custos.node.transport.tls.TlsSockets}).
 */
package dev.custos.node.transport.tls;
