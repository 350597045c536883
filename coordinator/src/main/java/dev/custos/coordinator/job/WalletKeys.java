package dev.custos.coordinator.job;

import dev.custos.chain.ethereum.PublicKeyRecovery;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.frost.FrostException;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.protocol.FrostSuites;
import java.util.List;
import java.util.Optional;

/** A wallet's public keys from what its holders reported: decoded, checked, and as the chains write them. */
final class WalletKeys {
    private WalletKeys() {}

    /** The wallet whose holders all reported {@code publicData}. */
    static Wallet wallet(WalletId id, Scheme scheme, List<String> holders, int threshold, byte[] publicData) {
        if (scheme == Scheme.ECDSA_SECP256K1) {
            Element key = point(publicData);
            return new Wallet(
                    id,
                    scheme,
                    holders,
                    threshold,
                    publicData,
                    publicData,
                    Optional.of(PublicKeyRecovery.addressOf(key).toChecksumHex()));
        }
        try {
            PublicKeyPackage publicKeyPackage = PublicKeyPackage.deserialize(publicData);
            if (publicKeyPackage.suite() != FrostSuites.of(scheme)) {
                throw Results.failed(FailureKind.PROTOCOL, Optional.empty(), "the key package is for another suite");
            }
            return new Wallet(
                    id,
                    scheme,
                    holders,
                    threshold,
                    publicKeyPackage.verifyingKey().publicKeyBytes(),
                    publicData,
                    Optional.empty());
        } catch (FrostException e) {
            throw Results.failed(
                    FailureKind.PROTOCOL, Optional.empty(), "the public key package does not decode: " + e);
        }
    }

    /**
     * The wallet that key generation would have built from {@code publicData}, for a wallet registered again after a
     * restart; the same checks, with failures as {@link IllegalArgumentException} naming the wallet.
     */
    static Wallet rebuild(WalletId id, Scheme scheme, List<String> holders, int threshold, byte[] publicData) {
        try {
            Wallet wallet = wallet(id, scheme, holders, threshold, publicData);
            // The holders (valid names, sorted, distinct, two or more) and the threshold, as a node checks them.
            wallet.record();
            if (scheme != Scheme.ECDSA_SECP256K1) {
                PublicKeyPackage keys = frostPublic(wallet);
                if (keys.minSigners() != threshold || keys.verifyingShares().size() != holders.size()) {
                    throw new IllegalArgumentException("its public key package is for " + keys.minSigners() + " of "
                            + keys.verifyingShares().size() + ", not " + threshold + " of " + holders.size());
                }
            }
            return wallet;
        } catch (AttemptFailedException e) {
            throw new IllegalArgumentException(
                    "wallet " + id + ": " + e.failure().reason(), e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException("wallet " + id + ": " + e.getMessage(), e);
        }
    }

    static Element ecdsaKey(Wallet wallet) {
        return point(wallet.publicKey());
    }

    static PublicKeyPackage frostPublic(Wallet wallet) {
        try {
            return PublicKeyPackage.deserialize(wallet.publicData());
        } catch (FrostException e) {
            throw new IllegalStateException("a stored public key package does not decode", e);
        }
    }

    static Element point(byte[] encoded) {
        try {
            return Secp256k1.GROUP.decode(encoded);
        } catch (InvalidEncodingException e) {
            throw Results.failed(FailureKind.PROTOCOL, Optional.empty(), "not a secp256k1 point: " + e.getMessage());
        }
    }
}
