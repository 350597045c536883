/** Signed approvals: the Ed25519 approval digest, device keys and verification. */
package dev.custos.policy.approval;
