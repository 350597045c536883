/** The evaluator: default deny, deny wins, approval quorums, delays, explained decisions. */
@NullMarked
package dev.custos.policy.eval;

import org.jspecify.annotations.NullMarked;
