/**
 * What a signer node keeps for its jobs, crash-safe: wallets and their shares in the encrypted keystore, ECDSA
 * presignatures and FROST nonces there too, and the registries of used session ids and used presignatures.
 */
package dev.custos.node.job.store;
