/**
 * Solidity contract ABI: types, a strict calldata decoder, an encoder, and a registry of well-known functions by their
 * 4-byte selector (selectors are computed from the signatures with Keccak-256, never written by hand).
 */
@NullMarked
package dev.custos.chain.abi;

import org.jspecify.annotations.NullMarked;
