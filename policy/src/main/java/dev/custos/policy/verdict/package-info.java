/** Signed detection verdicts: the risk input of a decision, verified by the evaluator against the policy's key. */
@NullMarked
package dev.custos.policy.verdict;

import org.jspecify.annotations.NullMarked;
