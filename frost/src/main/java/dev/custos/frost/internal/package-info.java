/**
 * Helpers of the ciphersuites and value types, not part of the public API: hashes and tagged hashes ({@link
 * dev.custos.frost.internal.Hashes}), RFC 9380 {@code expand_message_xmd} (§5.3.1, {@link
 * dev.custos.frost.internal.ExpandMessageXmd}) and {@code hash_to_field} (§5.2, {@link
 * dev.custos.frost.internal.HashToField}), the BIP340 even-Y rule ({@link dev.custos.frost.internal.EvenY}) and
 * argument checks ({@link dev.custos.frost.internal.Checks}).
 */
package dev.custos.frost.internal;
