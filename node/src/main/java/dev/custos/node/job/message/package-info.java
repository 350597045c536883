/**
 * The messages between the coordinator and a signer node over their link: job starts, relayed envelopes, results and
 * aborts, in a strict versioned binary encoding ({@link dev.custos.node.job.message.JobMessageCodec}).
 */
package dev.custos.node.job.message;
