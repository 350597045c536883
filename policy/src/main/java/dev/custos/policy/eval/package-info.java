/** The evaluator: default deny, deny wins, approval quorums, delays, explained decisions. */
package dev.custos.policy.eval;
