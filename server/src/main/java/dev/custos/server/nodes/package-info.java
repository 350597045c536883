/** The signer nodes as the API shows them: connection state and operators. */
package dev.custos.server.nodes;
