/**
 * Decoded intents: what a Safe transaction or a raw Ethereum transaction will do, in a form people and policies can
 * check before signing, with risk flags and a one-line summary.
 */
@NullMarked
package dev.custos.chain.intent;

import org.jspecify.annotations.NullMarked;
