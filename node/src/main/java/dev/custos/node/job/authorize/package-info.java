/**
 * The default {@link dev.custos.node.job.SigningAuthorizer}: what a node signs, derived from the raw payload itself
 * (Ethereum transactions, Solana messages).
 */
package dev.custos.node.job.authorize;
