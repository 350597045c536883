/** Signed detection verdicts: the risk input of a decision, verified by the evaluator against the policy's key. */
package dev.custos.policy.verdict;
