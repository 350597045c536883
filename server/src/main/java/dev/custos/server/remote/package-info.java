/**
 * Signer nodes on other machines: {@link dev.custos.server.remote.RemoteCluster} is the {@link
 * dev.custos.server.signing.SignerCluster} of {@code custos start --config}, a relay that {@code custos node run}
 * processes dial, the job engine over it, and policy delivery through it (docs/NODES.md, "Operations").
 */
package dev.custos.server.remote;
