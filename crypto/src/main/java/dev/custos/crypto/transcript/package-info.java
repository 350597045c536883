/**
 * Domain-separated, length-prefixed transcript hashing ({@link dev.custos.crypto.transcript.Transcript}) for Fiat-Shamir
 * challenges and for binding protocol messages, so that no two different message sequences hash alike (the class of
 * TSSHOCK-style ambiguity attacks).
 */
@NullMarked
package dev.custos.crypto.transcript;

import org.jspecify.annotations.NullMarked;
