/**
 * Safe (formerly Gnosis Safe) transactions: the Safe Transaction Service JSON, the EIP-712 {@code safeTxHash} for Safe
 * versions 0.1.0 to 1.5.0, owner signature recovery and the packed {@code multiSend} batch encoding.
 */
@NullMarked
package dev.custos.chain.safe;

import org.jspecify.annotations.NullMarked;
