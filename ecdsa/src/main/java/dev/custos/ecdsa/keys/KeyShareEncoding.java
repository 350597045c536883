package dev.custos.ecdsa.keys;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.secret.SecretScalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.internal.MessageReader;
import dev.custos.ecdsa.internal.MessageWriter;
import dev.custos.ecdsa.ot.OtChosenSeeds;
import dev.custos.ecdsa.ot.OtSeedPairs;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The versioned binary form of a {@link KeyShare}, for a signer node to persist it (encrypted at rest by the keystore).
 * The bytes are as secret as the key share. Decoding re-validates everything the constructor checks. Version 3 ends
 * with one byte per OT pair, in the order of the peers, for its {@link PairState} (0 unverified, 1 challenged, 2
 * verified, 3 burned), so a decoded share is exactly as usable as the encoded one. Versions 1 and 2, which recorded no
 * per-pair state (and so cannot tell an interrupted verification from a fresh one), are rejected. The presigning
 * sessions a share has started are not part of the encoding: the {@link KeyShareStore} keeps them.
 */
public final class KeyShareEncoding {
    /** The key-share encoding's own version (independent of the protocol messages' version). */
    static final int VERSION = 3;

    private static final int TYPE = 0x4B;

    private KeyShareEncoding() {}

    public static byte[] encodeSecret(KeyShare key) {
        return encodeSecret(key, key.pairStates());
    }

    /** The encoding of {@code key} with the pair states {@code states} (for saving a state change before making it). */
    static byte[] encodeSecret(KeyShare key, Map<Identifier, PairState> states) {
        MessageWriter writer = MessageWriter.message(VERSION, TYPE)
                .putIdentifier(key.self())
                .putInt(key.threshold())
                .putFixed(key.chainCode())
                .putElement(key.publicKey())
                .putInt(key.parties().size());
        for (Identifier party : key.parties()) {
            writer.putIdentifier(party).putElement(key.verificationShare(party));
        }
        writer.putScalar(key.secretShare());
        for (Identifier party : key.parties()) {
            if (!party.equals(key.self())) {
                PairwiseSetup setup = key.pairwise(party);
                setup.asReceiver().writeSecretTo(writer);
                setup.asSender().writeSecretTo(writer);
            }
        }
        for (Identifier party : key.parties()) {
            if (!party.equals(key.self())) {
                writer.putFixed(new byte[] {(byte) states.get(party).code()});
            }
        }
        return writer.toByteArray();
    }

    public static KeyShare decodeSecret(byte[] bytes) throws InvalidEncodingException {
        if (bytes != null && bytes.length >= 2 && (bytes[1] & 0xFF) == TYPE && (bytes[0] & 0xFF) < VERSION) {
            throw new InvalidEncodingException("key-share encoding version " + (bytes[0] & 0xFF)
                    + " does not record the state of each OT pair and is no longer supported: an interrupted"
                    + " verification cannot be told from a fresh one; refresh the key to get version " + VERSION
                    + " shares");
        }
        MessageReader reader = MessageReader.message(bytes, VERSION, TYPE);
        Identifier self = reader.getIdentifier();
        int threshold = reader.getInt();
        byte[] chainCode = reader.getFixed(32);
        Element publicKey = reader.getElement();
        int count = reader.getCount();
        Map<Identifier, Element> verificationShares = new HashMap<>();
        for (int i = 0; i < count; i++) {
            Identifier party = reader.getIdentifier();
            if (verificationShares.put(party, reader.getElement()) != null) {
                throw new InvalidEncodingException("duplicate party " + party);
            }
        }
        Scalar secret = reader.getScalar();
        Map<Identifier, PairwiseSetup> pairwise = new HashMap<>();
        for (Identifier party : new TreeSet<>(verificationShares.keySet())) {
            if (!party.equals(self)) {
                OtSeedPairs asReceiver = OtSeedPairs.readSecretFrom(reader);
                OtChosenSeeds asSender = OtChosenSeeds.readSecretFrom(reader);
                pairwise.put(party, new PairwiseSetup(party, asReceiver, asSender));
            }
        }
        Map<Identifier, PairState> states = new HashMap<>();
        for (Identifier party : new TreeSet<>(verificationShares.keySet())) {
            if (!party.equals(self)) {
                int code = reader.getFixed(1)[0] & 0xFF;
                PairState state = PairState.fromCode(code);
                if (state == null) {
                    secret.wipe();
                    throw new InvalidEncodingException("invalid OT pair state " + code + " for " + party);
                }
                states.put(party, state);
            }
        }
        reader.end();
        try {
            return new KeyShare(
                    self,
                    threshold,
                    SecretScalar.of(secret),
                    publicKey,
                    verificationShares,
                    pairwise,
                    chainCode,
                    states);
        } catch (IllegalArgumentException e) {
            secret.wipe();
            throw new InvalidEncodingException("inconsistent key share: " + e.getMessage());
        }
    }
}
