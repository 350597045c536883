/**
 * The signer node's job engine: {@link dev.custos.node.job.NodeRuntime} takes jobs from the coordinator link, runs
 * their protocols with the peers through envelopes, and signs only what its {@link
 * dev.custos.node.job.SigningAuthorizer} derived from the raw payload (docs/NODES.md, "Jobs").
 */
package dev.custos.node.job;
