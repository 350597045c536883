package dev.custos.ecdsa.demo;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.dkg.Dkg;
import dev.custos.ecdsa.dkg.DkgParameters;
import dev.custos.ecdsa.dkg.DkgRound1;
import dev.custos.ecdsa.dkg.DkgRound1Message;
import dev.custos.ecdsa.dkg.DkgRound2;
import dev.custos.ecdsa.dkg.DkgRound2Message;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.OtChallengeMessage;
import dev.custos.ecdsa.keys.OtOpeningMessage;
import dev.custos.ecdsa.keys.OtResponseMessage;
import dev.custos.ecdsa.keys.OtVerification;
import dev.custos.ecdsa.keys.OtVerificationRound1;
import dev.custos.ecdsa.keys.OtVerificationRound2;
import dev.custos.ecdsa.keys.OtVerificationRound3;
import dev.custos.ecdsa.presign.Presign;
import dev.custos.ecdsa.presign.PresignRound1;
import dev.custos.ecdsa.presign.PresignRound1Message;
import dev.custos.ecdsa.presign.PresignRound2;
import dev.custos.ecdsa.presign.PresignRound2Message;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.presign.PresignatureInfo;
import dev.custos.ecdsa.sign.SignatureCombiner;
import dev.custos.ecdsa.sign.SignatureShare;
import dev.custos.ecdsa.sign.Signer;
import dev.custos.ecdsa.signature.EcdsaSignature;
import dev.custos.ecdsa.signature.EthereumAddress;
import dev.custos.ecdsa.signature.PublicKeyRecovery;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import dev.custos.ecdsa.store.PresignatureStore;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;

/**
 * Runs the whole protocol in one process with real message-based parties (every message goes through its byte
 * encoding): DKG among {@code parties}, presigning and signing by a random {@code threshold}-subset, then checks the
 * signature by public-key recovery.
 */
public final class EcdsaDemo {
    private EcdsaDemo() {}

    public static DemoResult run(int threshold, int parties, byte[] messageHash, SecureRandom random)
            throws EcdsaException {
        requireNonNull(messageHash, "messageHash is null");
        requireNonNull(random, "random is null");
        if (parties < 2 || parties > 64) {
            throw new IllegalArgumentException("parties must be in [2, 64], got " + parties);
        }
        List<Identifier> ids = new ArrayList<>();
        for (int i = 1; i <= parties; i++) {
            ids.add(Identifier.of(i));
        }
        Map<Identifier, KeyShare> keys = keygen(threshold, ids, random);
        List<Identifier> signers = new ArrayList<>(ids);
        Collections.shuffle(signers, random);
        signers = signers.subList(0, threshold).stream().sorted().toList();
        Map<Identifier, PresignatureStore> stores = new TreeMap<>();
        for (Identifier signer : signers) {
            stores.put(signer, new InMemoryPresignatureStore());
        }
        PresignatureInfo info = presign(keys, signers, stores, SessionId.random(random), random);
        EcdsaSignature signature = sign(info, stores, messageHash);
        Element publicKey = keys.get(ids.get(0)).publicKey();
        Element recovered = PublicKeyRecovery.recover(messageHash, signature)
                .orElseThrow(() -> new EcdsaException(EcdsaErrorCode.INVALID_SIGNATURE, "no key recovers"));
        if (!recovered.equals(publicKey)) {
            throw new EcdsaException(EcdsaErrorCode.INVALID_SIGNATURE, "recovered key differs from the group key");
        }
        keys.values().forEach(KeyShare::destroy);
        return new DemoResult(
                signers, publicKey.encode(), EthereumAddress.checksummed(publicKey), signature, messageHash);
    }

    /** Runs the DKG and the base-OT verification among {@code ids} and returns every party's verified key share. */
    public static Map<Identifier, KeyShare> keygen(int threshold, List<Identifier> ids, SecureRandom random)
            throws EcdsaException {
        Map<Identifier, KeyShare> keys = dkg(threshold, ids, random);
        verifyBaseOts(keys, SessionId.random(random));
        return keys;
    }

    /** Runs only the DKG among {@code ids}: the key shares' OT pairs are not verified yet. */
    public static Map<Identifier, KeyShare> dkg(int threshold, List<Identifier> ids, SecureRandom random)
            throws EcdsaException {
        SessionId session = SessionId.random(random);
        Map<Identifier, DkgRound1> round1 = new TreeMap<>();
        for (Identifier id : ids) {
            round1.put(id, Dkg.start(new DkgParameters(session, id, threshold, ids), random));
        }
        Map<Identifier, List<DkgRound1Message>> inbox1 = LocalNetwork.deliver(
                round1.values().stream().map(DkgRound1::messages).toList(), DkgRound1Message::decode);
        Map<Identifier, DkgRound2> round2 = new TreeMap<>();
        for (Map.Entry<Identifier, DkgRound1> entry : round1.entrySet()) {
            round2.put(entry.getKey(), entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<Identifier, List<DkgRound2Message>> inbox2 = LocalNetwork.deliver(
                round2.values().stream().map(DkgRound2::messages).toList(), DkgRound2Message::decode);
        Map<Identifier, KeyShare> keys = new TreeMap<>();
        for (Map.Entry<Identifier, DkgRound2> entry : round2.entrySet()) {
            keys.put(entry.getKey(), entry.getValue().finish(inbox2.get(entry.getKey())));
        }
        return keys;
    }

    /**
     * Runs the base-OT verification phase (DKLs19 "verified Simplest OT") among the holders of {@code keys}; on success
     * every share is marked verified ({@link KeyShare#baseOtsVerified()}), otherwise presigning keeps refusing them.
     */
    public static void verifyBaseOts(Map<Identifier, KeyShare> keys, SessionId session) throws EcdsaException {
        Map<Identifier, OtVerificationRound1> round1 = new TreeMap<>();
        for (Map.Entry<Identifier, KeyShare> entry : keys.entrySet()) {
            round1.put(entry.getKey(), OtVerification.start(entry.getValue(), session));
        }
        Map<Identifier, List<OtChallengeMessage>> inbox1 = LocalNetwork.deliver(
                round1.values().stream().map(OtVerificationRound1::messages).toList(), OtChallengeMessage::decode);
        Map<Identifier, OtVerificationRound2> round2 = new TreeMap<>();
        for (Map.Entry<Identifier, OtVerificationRound1> entry : round1.entrySet()) {
            round2.put(entry.getKey(), entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<Identifier, List<OtResponseMessage>> inbox2 = LocalNetwork.deliver(
                round2.values().stream().map(OtVerificationRound2::messages).toList(), OtResponseMessage::decode);
        Map<Identifier, OtVerificationRound3> round3 = new TreeMap<>();
        for (Map.Entry<Identifier, OtVerificationRound2> entry : round2.entrySet()) {
            round3.put(entry.getKey(), entry.getValue().round3(inbox2.get(entry.getKey())));
        }
        Map<Identifier, List<OtOpeningMessage>> inbox3 = LocalNetwork.deliver(
                round3.values().stream().map(OtVerificationRound3::messages).toList(), OtOpeningMessage::decode);
        for (Map.Entry<Identifier, OtVerificationRound3> entry : round3.entrySet()) {
            entry.getValue().finish(inbox3.get(entry.getKey()));
        }
    }

    /** Runs presigning among {@code signers} and stores each one's presignature in its store. */
    public static PresignatureInfo presign(
            Map<Identifier, KeyShare> keys,
            List<Identifier> signers,
            Map<Identifier, PresignatureStore> stores,
            SessionId session,
            SecureRandom random)
            throws EcdsaException {
        return presign(keys, signers, stores, session, random, Runnable::run);
    }

    /**
     * As {@link #presign(Map, List, Map, SessionId, SecureRandom)}, each party running its per-peer work on
     * {@code executor} ({@link Presign#start(KeyShare, SessionId, List, SecureRandom, Executor)}).
     */
    public static PresignatureInfo presign(
            Map<Identifier, KeyShare> keys,
            List<Identifier> signers,
            Map<Identifier, PresignatureStore> stores,
            SessionId session,
            SecureRandom random,
            Executor executor)
            throws EcdsaException {
        Map<Identifier, PresignRound1> round1 = new TreeMap<>();
        for (Identifier signer : signers) {
            round1.put(signer, Presign.start(keys.get(signer), session, signers, random, executor));
        }
        Map<Identifier, List<PresignRound1Message>> inbox1 = LocalNetwork.deliver(
                round1.values().stream().map(PresignRound1::messages).toList(), PresignRound1Message::decode);
        Map<Identifier, PresignRound2> round2 = new TreeMap<>();
        for (Map.Entry<Identifier, PresignRound1> entry : round1.entrySet()) {
            round2.put(entry.getKey(), entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<Identifier, List<PresignRound2Message>> inbox2 = LocalNetwork.deliver(
                round2.values().stream().map(PresignRound2::messages).toList(), PresignRound2Message::decode);
        PresignatureInfo info = null;
        for (Map.Entry<Identifier, PresignRound2> entry : round2.entrySet()) {
            Presignature presignature = entry.getValue().finish(inbox2.get(entry.getKey()));
            info = presignature.info();
            stores.get(entry.getKey()).save(presignature);
        }
        return info;
    }

    /**
     * Every signer signs with its stored presignature; the shares are combined and verified. The demo approves the key
     * it presigned for ({@code info.publicKey()}); a real node passes the key its own policy approved the hash for.
     */
    public static EcdsaSignature sign(
            PresignatureInfo info, Map<Identifier, PresignatureStore> stores, byte[] messageHash)
            throws EcdsaException {
        List<SignatureShare> shares = new ArrayList<>();
        for (Identifier signer : info.signers()) {
            SignatureShare share = Signer.sign(stores.get(signer), info.session(), info.publicKey(), messageHash);
            try {
                shares.add(SignatureShare.decode(share.encode()));
            } catch (dev.custos.crypto.InvalidEncodingException e) {
                throw EcdsaException.blame(EcdsaErrorCode.MALFORMED_MESSAGE, signer, e.getMessage());
            }
        }
        return SignatureCombiner.combine(info, messageHash, shares);
    }
}
