package dev.custos.frost.aggregate;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.round1.NonceStore;
import dev.custos.frost.round1.Round1;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.Round2;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Runs both FROST signing rounds and the aggregation for a set of signers in one process (demos, tests, benchmarks).
 * Every message crosses its binary encoding and strict decoding, as it would between signer nodes and the coordinator;
 * each signer records its nonces in its own {@link NonceStore} before releasing its share.
 */
public final class SigningCeremony {
    private SigningCeremony() {}

    /**
     * Signs {@code message} with the given signers' key packages.
     *
     * @param signers the key packages of the participants who sign (at least {@code minSigners} of them)
     * @param nonceStores one nonce store per signer
     * @return the aggregated signature, already verified under {@code publicKeyPackage.verifyingKey()}
     * @throws FrostException if a message is malformed, a share is invalid (culprits named) or the signature does not
     *     verify
     */
    public static Signature sign(
            Map<Identifier, KeyPackage> signers,
            PublicKeyPackage publicKeyPackage,
            byte[] message,
            Map<Identifier, ? extends NonceStore> nonceStores,
            SecureRandom random)
            throws FrostException {
        requireNonNull(signers, "signers is null");
        requireNonNull(publicKeyPackage, "publicKeyPackage is null");
        requireNonNull(message, "message is null");
        requireNonNull(nonceStores, "nonceStores is null");
        requireNonNull(random, "random is null");
        if (!nonceStores.keySet().containsAll(signers.keySet())) {
            throw new IllegalArgumentException("every signer needs a nonce store");
        }
        SortedMap<Identifier, SigningNonces> nonces = new TreeMap<>();
        List<SigningCommitments> commitments = new ArrayList<>();
        for (Map.Entry<Identifier, KeyPackage> signer : signers.entrySet()) {
            SigningNonces signerNonces = Round1.commit(signer.getValue(), random);
            nonces.put(signer.getKey(), signerNonces);
            commitments.add(
                    SigningCommitments.deserialize(signerNonces.commitments().serialize()));
        }
        byte[] signingPackageWire = SigningPackage.create(publicKeyPackage.suite(), commitments, message)
                .serialize();
        SigningPackage coordinatorView = SigningPackage.deserialize(signingPackageWire);
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>();
        for (Map.Entry<Identifier, KeyPackage> signer : signers.entrySet()) {
            Identifier identifier = signer.getKey();
            SigningPackage signerView = SigningPackage.deserialize(signingPackageWire);
            SignatureShare share =
                    Round2.sign(signerView, nonces.get(identifier), signer.getValue(), nonceStores.get(identifier));
            shares.put(identifier, SignatureShare.deserialize(share.serialize()));
        }
        return Aggregator.aggregate(coordinatorView, shares, publicKeyPackage);
    }
}
