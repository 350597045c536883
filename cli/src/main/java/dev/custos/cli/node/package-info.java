/**
 * {@code custos node} ({@link dev.custos.cli.node.NodeCommand}): a signer node's identity. {@link
 * dev.custos.cli.node.NodeInitCommand} ({@code node init}) creates it in a data folder, in an encrypted keystore
 * protected by a passphrase file or a key file; {@link dev.custos.cli.node.NodeShowCommand} ({@code node show}) prints
 * it, and checks it against the keystore when given the key. The formats are in docs/NODES.md.
 */
package dev.custos.cli.node;
