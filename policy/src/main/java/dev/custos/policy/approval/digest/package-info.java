/**
 * Approval digest v2: the typed facts an approval binds ({@link dev.custos.policy.approval.digest.ApprovalFacts}),
 * derived from the payload bytes alone ({@link dev.custos.policy.approval.digest.ApprovalSubjects}), and their
 * byte-exact encoding and SHA-256 ({@link dev.custos.policy.approval.digest.ApprovalDigest}); docs/POLICY.md,
 * "Approval digest v2".
 */
@NullMarked
package dev.custos.policy.approval.digest;

import org.jspecify.annotations.NullMarked;
