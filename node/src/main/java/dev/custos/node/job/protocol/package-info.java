/**
 * A node's side of the multi-round protocols it runs with its peers over envelopes (ECDSA key generation with OT
 * verification, ECDSA presigning, FROST key generation with a broadcast echo), as state machines that a job session
 * drives round by round.
 */
package dev.custos.node.job.protocol;
