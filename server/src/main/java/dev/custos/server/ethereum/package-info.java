/**
 * The server's use of the user's own Ethereum node (docs/SERVER.md, "Ethereum node"): simulating requests before
 * approval, broadcasting signed transactions, and nonce and fee suggestions. What the node answers is shown to people
 * and read by the server's own policy evaluation; the signer nodes never take it as a fact.
 */
package dev.custos.server.ethereum;
