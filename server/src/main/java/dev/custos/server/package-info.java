/**
 * The custody server assembled ({@link dev.custos.server.CustodyServer}) from its settings
 * ({@link dev.custos.server.CustodySettings}): storage, the audit trail, tokens, wallets, policy and governance,
 * requests, detection, nodes and the HTTP API, driving the signer nodes through a
 * {@link dev.custos.server.signing.SignerCluster} (docs/SERVER.md).
 */
package dev.custos.server;
