/**
 * The signer committee as the exposure analysis reads it: which nodes hold a wallet's shares, how many of them sign,
 * and which people hold the committee's admin keys (who sign the policy the nodes enforce).
 */
@NullMarked
package dev.custos.exposure.committee;

import org.jspecify.annotations.NullMarked;
