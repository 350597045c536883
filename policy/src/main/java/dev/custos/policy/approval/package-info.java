/** Signed approvals: device keys, the approval digest of a parsed request and verification. */
@NullMarked
package dev.custos.policy.approval;

import org.jspecify.annotations.NullMarked;
