/**
 * {@code custos frost} ({@link dev.custos.cli.frost.FrostCommand}): threshold Schnorr signatures (RFC 9591 FROST).
 * {@link dev.custos.cli.frost.FrostDemoCommand} ({@code frost demo}) runs a distributed key generation among N parties
 * and a signing by T of them in one process, and prints the group public key and the signature.
 */
package dev.custos.cli.frost;
