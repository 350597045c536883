package dev.custos.ecdsa.keys;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.internal.ByteReader;
import dev.custos.ecdsa.internal.ByteWriter;
import dev.custos.ecdsa.ot.OtChosenSeeds;
import dev.custos.ecdsa.ot.OtSeedPairs;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The versioned binary form of a {@link KeyShare}, for a signer node to persist it (encrypted at rest by the keystore).
 * The bytes are as secret as the key share. Decoding re-validates everything the constructor checks.
 */
public final class KeyShareEncoding {
    private static final int TYPE = 0x4B;

    private KeyShareEncoding() {}

    public static byte[] encodeSecret(KeyShare key) {
        ByteWriter writer = ByteWriter.message(ProtocolMessage.VERSION, TYPE)
                .putParty(key.self())
                .putInt(key.threshold())
                .putFixed(key.chainCode())
                .putElement(key.publicKey())
                .putInt(key.parties().size());
        for (PartyId party : key.parties()) {
            writer.putParty(party).putElement(key.verificationShare(party));
        }
        writer.putScalar(key.secretShare());
        for (PartyId party : key.parties()) {
            if (!party.equals(key.self())) {
                PairwiseSetup setup = key.pairwise(party);
                setup.asReceiver().writeSecretTo(writer);
                setup.asSender().writeSecretTo(writer);
            }
        }
        return writer.toByteArray();
    }

    public static KeyShare decodeSecret(byte[] bytes) throws InvalidEncodingException {
        ByteReader reader = ByteReader.message(bytes, ProtocolMessage.VERSION, TYPE);
        PartyId self = reader.getParty();
        int threshold = reader.getInt();
        byte[] chainCode = reader.getFixed(32);
        Element publicKey = reader.getElement();
        int count = reader.getCount();
        Map<PartyId, Element> verificationShares = new HashMap<>();
        for (int i = 0; i < count; i++) {
            PartyId party = reader.getParty();
            if (verificationShares.put(party, reader.getElement()) != null) {
                throw new InvalidEncodingException("duplicate party " + party);
            }
        }
        Scalar secret = reader.getScalar();
        Map<PartyId, PairwiseSetup> pairwise = new HashMap<>();
        for (PartyId party : new TreeSet<>(verificationShares.keySet())) {
            if (!party.equals(self)) {
                OtSeedPairs asReceiver = OtSeedPairs.readSecretFrom(reader);
                OtChosenSeeds asSender = OtChosenSeeds.readSecretFrom(reader);
                pairwise.put(party, new PairwiseSetup(party, asReceiver, asSender));
            }
        }
        reader.end();
        try {
            return new KeyShare(
                    self, threshold, SecretScalar.of(secret), publicKey, verificationShares, pairwise, chainCode);
        } catch (IllegalArgumentException e) {
            secret.wipe();
            throw new InvalidEncodingException("inconsistent key share: " + e.getMessage());
        }
    }
}
