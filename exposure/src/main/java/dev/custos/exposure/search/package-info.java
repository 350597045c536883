/**
 * Exact minimum-cover searches behind the figures. Both problems are NP-hard in general (a minimum set cover and a
 * multi-quota cover), so the searches are exact branch and bound with pruning, sized for tens of people, and stop
 * with an {@link dev.custos.exposure.ExposureLimitException} when their step budget runs out rather than guess.
 */
@NullMarked
package dev.custos.exposure.search;

import org.jspecify.annotations.NullMarked;
