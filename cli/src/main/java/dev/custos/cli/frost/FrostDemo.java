package dev.custos.cli.frost;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.aggregate.SigningCeremony;
import dev.custos.frost.dkg.DkgCeremony;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import dev.custos.frost.round1.InMemoryNonceStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A DKG among {@code parties} participants, then a signing by {@code threshold} of them chosen at random. */
final class FrostDemo {
    /** What the demo produced; all values public. */
    record Result(List<Identifier> signers, byte[] groupPublicKey, byte[] signature) {
        Result {
            signers = List.copyOf(signers);
            groupPublicKey = groupPublicKey.clone();
            signature = signature.clone();
        }
    }

    private FrostDemo() {}

    static Result run(Ciphersuite suite, int threshold, int parties, byte[] message, SecureRandom random)
            throws FrostException {
        requireNonNull(suite, "suite is null");
        requireNonNull(message, "message is null");
        CeremonyResult keys = DkgCeremony.run(suite, threshold, parties, random);
        try {
            List<Identifier> everyone = new ArrayList<>(keys.keyPackages().keySet());
            Collections.shuffle(everyone, random);
            SortedMap<Identifier, KeyPackage> signers = new TreeMap<>();
            SortedMap<Identifier, InMemoryNonceStore> nonceStores = new TreeMap<>();
            for (Identifier signer : everyone.subList(0, threshold)) {
                signers.put(signer, keys.keyPackages().get(signer));
                nonceStores.put(signer, new InMemoryNonceStore());
            }
            Signature signature = SigningCeremony.sign(signers, keys.publicKeyPackage(), message, nonceStores, random);
            signature.verify(keys.publicKeyPackage().verifyingKey(), message);
            return new Result(
                    new ArrayList<>(signers.keySet()),
                    keys.publicKeyPackage().verifyingKey().publicKeyBytes(),
                    signature.encode());
        } finally {
            keys.destroy();
        }
    }
}
