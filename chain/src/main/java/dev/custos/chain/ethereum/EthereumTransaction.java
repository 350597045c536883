package dev.custos.chain.ethereum;

import java.math.BigInteger;
import java.util.Optional;

/**
 * An Ethereum transaction, signed or not. Implementations are immutable; {@link #encode()} gives the canonical
 * serialization, which for a decoded transaction equals the decoded bytes.
 */
public sealed interface EthereumTransaction permits LegacyTransaction, AccessListTransaction, DynamicFeeTransaction {
    TransactionType type();

    /** The chain id; empty only for legacy transactions without EIP-155 replay protection. */
    Optional<BigInteger> chainId();

    BigInteger nonce();

    BigInteger gasLimit();

    /** The recipient; empty for contract creation. */
    Optional<Address> to();

    /** The amount of wei sent. */
    BigInteger value();

    /** The calldata (or init code for contract creation). */
    byte[] data();

    Optional<TransactionSignature> signature();

    /** The bytes whose Keccak-256 hash is signed. */
    byte[] signingPayload();

    /** The canonical serialization: signed if a signature is present, else the unsigned form. */
    byte[] encode();

    /** The hash the signer signs. */
    default Hash32 signingHash() {
        return Hash32.keccak(signingPayload());
    }

    /** The transaction hash (Keccak-256 of the signed serialization); empty when unsigned. */
    default Optional<Hash32> transactionHash() {
        return signature().map(ignored -> Hash32.keccak(encode()));
    }

    /** The address that signed this transaction; empty when unsigned or when recovery fails. */
    default Optional<Address> sender() {
        return signature()
                .flatMap(signature -> PublicKeyRecovery.recoverAddress(
                        signingHash().bytes(), signature.r(), signature.s(), signature.yParity()));
    }
}
