/** DKLs23 threshold ECDSA on secp256k1. */
package dev.custos.ecdsa;
