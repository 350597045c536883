/**
 * Bitcoin partially signed transactions (BIP174 version 0 and BIP370 version 2): strict parsing of the key-value maps,
 * the transaction they describe, script classification, addresses (Base58Check, bech32, bech32m), fee and change.
 */
@NullMarked
package dev.custos.chain.bitcoin;

import org.jspecify.annotations.NullMarked;
