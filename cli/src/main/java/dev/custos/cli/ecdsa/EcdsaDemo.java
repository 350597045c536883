package dev.custos.cli.ecdsa;

import static java.util.Objects.requireNonNull;

import dev.custos.chain.ethereum.PublicKeyRecovery;
import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.dkg.DkgCeremony;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.presign.PresignCeremony;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.sign.SigningCeremony;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A DKLs23 key generation among {@code parties} participants (DKG and base-OT verification), then a presigning and a
 * signing by {@code threshold} of them chosen at random, all in one process through the library's ceremonies (every
 * message through its encoding); the signature is checked by public-key recovery.
 */
final class EcdsaDemo {
    /** What the demo produced; all values public. */
    record Result(
            List<Identifier> signers, byte[] publicKey, String address, EcdsaSignature signature, byte[] messageHash) {
        Result {
            signers = List.copyOf(signers);
            publicKey = publicKey.clone();
            messageHash = messageHash.clone();
        }

        @Override
        public byte[] publicKey() {
            return publicKey.clone();
        }

        @Override
        public byte[] messageHash() {
            return messageHash.clone();
        }
    }

    private EcdsaDemo() {}

    static Result run(int threshold, int parties, byte[] messageHash, SecureRandom random) throws EcdsaException {
        requireNonNull(messageHash, "messageHash is null");
        requireNonNull(random, "random is null");
        List<Identifier> ids = new ArrayList<>();
        for (int i = 1; i <= parties; i++) {
            ids.add(Identifier.of(i));
        }
        Map<Identifier, KeyShare> keys = DkgCeremony.run(threshold, ids, random);
        try {
            List<Identifier> signers = new ArrayList<>(ids);
            Collections.shuffle(signers, random);
            signers = signers.subList(0, threshold).stream().sorted().toList();
            SortedMap<Identifier, InMemoryPresignatureStore> stores = new TreeMap<>();
            for (Identifier signer : signers) {
                stores.put(signer, new InMemoryPresignatureStore());
            }
            PresignatureInfo info = PresignCeremony.run(keys, signers, stores, SessionId.random(random), random);
            EcdsaSignature signature = SigningCeremony.sign(info, stores, messageHash);
            Element publicKey = keys.get(ids.get(0)).publicKey();
            Element recovered = signature
                    .recoverPublicKey(messageHash)
                    .orElseThrow(() -> new EcdsaException(EcdsaErrorCode.INVALID_SIGNATURE, "no key recovers"));
            if (!recovered.equals(publicKey)) {
                throw new EcdsaException(EcdsaErrorCode.INVALID_SIGNATURE, "recovered key differs from the group key");
            }
            return new Result(
                    signers,
                    publicKey.encode(),
                    PublicKeyRecovery.addressOf(publicKey).toChecksumHex(),
                    signature,
                    messageHash);
        } finally {
            keys.values().forEach(KeyShare::destroy);
        }
    }
}
