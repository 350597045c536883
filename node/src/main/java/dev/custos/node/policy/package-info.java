/**
 * The policy a signer node enforces: {@link dev.custos.node.policy.SignedPolicy} (the document signed by a quorum of the
 * committee's admins) and {@link dev.custos.node.policy.PolicyStore}, which installs only quorum-signed, newer policies
 * and never goes back to an older version. The format is in {@code docs/NODES.md}.
 */
package dev.custos.node.policy;
