/**
 * Facts the evaluator derives itself from the payload and the quorum-signed policy (transfers, recipients, USD values
 * from the price table), and the comparison of the caller's claims with them.
 */
@NullMarked
package dev.custos.policy.facts;

import org.jspecify.annotations.NullMarked;
