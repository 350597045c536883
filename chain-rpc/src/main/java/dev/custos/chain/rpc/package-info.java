/**
 * The client of the user's own Ethereum node: {@link dev.custos.chain.rpc.JsonRpcClient} (JSON-RPC 2.0 over
 * HTTP/1.1, bounded answers, no redirects) and {@link dev.custos.chain.rpc.EthereumNode} (the standard {@code eth_*}
 * calls, parsed strictly). What a node answers is information for people and detection; the signer nodes decide on
 * the bytes they sign.
 */
@NullMarked
package dev.custos.chain.rpc;

import org.jspecify.annotations.NullMarked;
