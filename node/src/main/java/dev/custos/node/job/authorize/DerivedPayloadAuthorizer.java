package dev.custos.node.job.authorize;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningAuthorizer;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import java.util.Arrays;

/**
 * The default {@link SigningAuthorizer}: derives what to sign from the raw payload and refuses everything it cannot
 * derive. It checks no policy, approval or verdict (the policy engine's authorizer does that); what it guarantees is
 * that the node signs exactly the payload's own signing bytes and nothing a coordinator made up:
 *
 * <ul>
 *   <li>an ECDSA wallet and an unsigned Ethereum transaction (legacy with an EIP-155 chain id, EIP-2930 or EIP-1559,
 *       canonically encoded): Keccak-256 of its signing payload;
 *   <li>an Ed25519 wallet and a Solana message that the wallet's key must sign: the message bytes;
 *   <li>anything else (another payload type, a scheme that does not match the payload, a signed transaction, a legacy
 *       transaction without replay protection, a malformed payload): refused, naming why.
 * </ul>
 */
public final class DerivedPayloadAuthorizer implements SigningAuthorizer {
    @Override
    public Authorization authorize(SigningInput input) {
        PayloadType type = input.payload().type();
        Scheme scheme = input.wallet().scheme();
        if (type == PayloadType.ETHEREUM_RAW_TX && scheme == Scheme.ECDSA_SECP256K1) {
            return ethereum(input.payload().bytes());
        }
        if (type == PayloadType.SOLANA_MESSAGE && scheme == Scheme.FROST_ED25519) {
            return solana(input.payload().bytes(), input.wallet().publicKey());
        }
        return new Authorization.Refused(
                "the default authorizer does not sign a " + type + " payload with a " + scheme + " wallet");
    }

    private static Authorization ethereum(byte[] raw) {
        EthereumTransaction transaction;
        try {
            transaction = TransactionDecoder.decode(raw);
        } catch (DecodingException e) {
            return new Authorization.Refused("the payload is not an Ethereum transaction: " + e.getMessage());
        }
        if (transaction.signature().isPresent()) {
            return new Authorization.Refused("the Ethereum transaction is already signed");
        }
        if (transaction.chainId().isEmpty()) {
            return new Authorization.Refused(
                    "the legacy transaction has no EIP-155 chain id (replayable on any chain)");
        }
        if (!Arrays.equals(transaction.encode(), raw)) {
            return new Authorization.Refused("the Ethereum transaction is not canonically encoded");
        }
        return new Authorization.Authorized(transaction.signingHash().bytes());
    }

    private static Authorization solana(byte[] message, byte[] walletKey) {
        SolanaMessage parsed;
        try {
            parsed = SolanaMessage.parse(message);
        } catch (IllegalArgumentException e) {
            return new Authorization.Refused("the payload is not a Solana message: " + e.getMessage());
        }
        if (!parsed.requiresSignatureOf(walletKey)) {
            return new Authorization.Refused("the Solana message does not require the wallet's signature");
        }
        return new Authorization.Authorized(message);
    }
}
