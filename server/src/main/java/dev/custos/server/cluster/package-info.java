/**
 * The dev cluster behind {@code custos start-dev}: a coordinator relay, three signer nodes in this process (each with
 * its own data folder, identity and keystore, linked to the relay over mutual TLS) and the job engine, created in a
 * data folder on first start and loaded from it afterwards (docs/NODES.md, "Dev cluster").
 */
package dev.custos.server.cluster;
