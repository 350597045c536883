/**
 * {@code custos ecdsa} ({@link dev.custos.cli.ecdsa.EcdsaCommand}): threshold ECDSA on secp256k1 (DKLs23). {@link
 * dev.custos.cli.ecdsa.EcdsaDemoCommand} ({@code ecdsa demo}) runs a key generation among N parties, a presigning and
 * a signing by T of them in one process, and prints the low-S signature with its Ethereum address.
 */
package dev.custos.cli.ecdsa;
