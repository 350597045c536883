package dev.custos.frost;

import dev.custos.frost.aggregate.Aggregator;
import dev.custos.frost.keys.DealerOutput;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SecretShare;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.frost.round1.Round1;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.Round2;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Runs dealer key generation and both signing rounds in one process, for tests. */
public final class SigningHarness {
    private final Ciphersuite suite;
    private final SortedMap<Identifier, KeyPackage> keyPackages;
    private final PublicKeyPackage publicKeyPackage;

    public SigningHarness(
            Ciphersuite suite, SortedMap<Identifier, KeyPackage> keyPackages, PublicKeyPackage publicKeyPackage) {
        this.suite = suite;
        this.keyPackages = keyPackages;
        this.publicKeyPackage = publicKeyPackage;
    }

    public static SigningHarness withDealer(Ciphersuite suite, int minSigners, int maxSigners, SecureRandom random)
            throws FrostException {
        DealerOutput output = TrustedDealer.generate(suite, minSigners, maxSigners, random);
        SortedMap<Identifier, KeyPackage> keyPackages = new TreeMap<>();
        for (SecretShare share : output.secretShares().values()) {
            keyPackages.put(share.identifier(), KeyPackage.fromVerified(share));
        }
        return new SigningHarness(suite, keyPackages, output.publicKeyPackage());
    }

    public Ciphersuite suite() {
        return suite;
    }

    public SortedMap<Identifier, KeyPackage> keyPackages() {
        return keyPackages;
    }

    public PublicKeyPackage publicKeyPackage() {
        return publicKeyPackage;
    }

    public Identifier identifier(int value) {
        return Identifier.of(suite, value);
    }

    /** Round one for {@code signers}. */
    public SortedMap<Identifier, SigningNonces> commit(Collection<Identifier> signers, SecureRandom random) {
        SortedMap<Identifier, SigningNonces> nonces = new TreeMap<>();
        for (Identifier signer : signers) {
            nonces.put(signer, Round1.commit(keyPackages.get(signer), random));
        }
        return nonces;
    }

    public SigningPackage signingPackage(Map<Identifier, SigningNonces> nonces, byte[] message) throws FrostException {
        List<SigningCommitments> commitments = new ArrayList<>();
        for (SigningNonces signerNonces : nonces.values()) {
            commitments.add(signerNonces.commitments());
        }
        return SigningPackage.create(suite, commitments, message);
    }

    /** Round two for every signer in {@code nonces}. */
    public SortedMap<Identifier, SignatureShare> sign(
            SigningPackage signingPackage, Map<Identifier, SigningNonces> nonces) throws FrostException {
        SortedMap<Identifier, SignatureShare> shares = new TreeMap<>();
        for (Map.Entry<Identifier, SigningNonces> entry : nonces.entrySet()) {
            shares.put(entry.getKey(), Round2.sign(signingPackage, entry.getValue(), keyPackages.get(entry.getKey())));
        }
        return shares;
    }

    /** Both rounds and aggregation for {@code signers}. */
    public Signature signAndAggregate(Collection<Identifier> signers, byte[] message, SecureRandom random)
            throws FrostException {
        SortedMap<Identifier, SigningNonces> nonces = commit(signers, random);
        SigningPackage signingPackage = signingPackage(nonces, message);
        return Aggregator.aggregate(signingPackage, sign(signingPackage, nonces), publicKeyPackage);
    }
}
