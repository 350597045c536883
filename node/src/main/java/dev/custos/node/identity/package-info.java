/**
 * Who a signer node is. {@link dev.custos.node.identity.NodeIdentity} is the public identity (name, Ed25519 key,
 * X25519 key, fingerprint) that committees list; {@link dev.custos.node.identity.NodeKeys} holds the private keys;
 * {@link dev.custos.node.identity.NodeIdentityStore} creates them in a data folder (the private keys in the encrypted
 * keystore, the public identity beside it) and opens them again. {@link dev.custos.node.identity.Ed25519PublicKey} and
 * {@link dev.custos.node.identity.X25519PublicKey} accept only fully validated keys; {@link
 * dev.custos.node.identity.SigningKey} is an Ed25519 private key (a node's or an admin's).
 */
@NullMarked
package dev.custos.node.identity;

import org.jspecify.annotations.NullMarked;
