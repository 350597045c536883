/**
 * Solana: Ed25519 addresses in base58, strict parsing of legacy and version 0 transaction messages, and their decoding
 * into transfers and flags (System and SPL Token programs; other programs are flagged as unknown targets, accounts
 * loaded from address lookup tables as unresolved, durable-nonce transactions as such).
 */
@NullMarked
package dev.custos.chain.solana;

import org.jspecify.annotations.NullMarked;
