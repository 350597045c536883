/** Signed approvals: the Ed25519 approval digest, device keys and verification. */
@NullMarked
package dev.custos.policy.approval;

import org.jspecify.annotations.NullMarked;
