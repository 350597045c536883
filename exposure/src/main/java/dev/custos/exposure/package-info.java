/**
 * Exposure analysis: for each wallet, the fewest people an attacker must turn to sign outside the policy, to get a
 * transfer approved under it, or to loosen it, and who the single points of failure are (docs/PEOPLE.md). The
 * subpackages hold the inputs ({@code registry}, {@code committee}, {@code powers}), the exact searches
 * ({@code search}), the figures ({@code analysis}), the floor check and before/after comparison ({@code compare}) and
 * the JSON form ({@code json}).
 */
@NullMarked
package dev.custos.exposure;

import org.jspecify.annotations.NullMarked;
