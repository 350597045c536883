/** The seam between the server and the signer nodes it drives ({@link dev.custos.server.signing.SignerCluster}). */
package dev.custos.server.signing;
