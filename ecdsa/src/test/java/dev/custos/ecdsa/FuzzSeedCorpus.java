package dev.custos.ecdsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.ecdsa.derivation.ExtendedPublicKey;
import dev.custos.ecdsa.dkg.Dkg;
import dev.custos.ecdsa.dkg.DkgParameters;
import dev.custos.ecdsa.dkg.DkgRound1;
import dev.custos.ecdsa.dkg.DkgRound1Message;
import dev.custos.ecdsa.dkg.DkgRound2;
import dev.custos.ecdsa.dkg.DkgRound2Message;
import dev.custos.ecdsa.internal.LocalNetwork;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.KeyShareEncoding;
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
import dev.custos.ecdsa.reshare.Resharing;
import dev.custos.ecdsa.reshare.ResharingDealer;
import dev.custos.ecdsa.reshare.ResharingOtMessage;
import dev.custos.ecdsa.reshare.ResharingOtReply;
import dev.custos.ecdsa.reshare.ResharingParameters;
import dev.custos.ecdsa.reshare.ResharingRound1;
import dev.custos.ecdsa.reshare.ResharingShareMessage;
import dev.custos.ecdsa.sign.Signer;
import dev.custos.ecdsa.store.InMemoryPresignatureStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Writes the seed corpus of the ecdsa fuzz targets: the first message of each type from one 2-of-2 run of DKG, base-OT
 * verification, presigning, signing and resharing, the stored key share and presignature, and a few signatures and
 * xpubs from the test vectors. Not part of the test suite (the name does not match the surefire includes); rerun it
 * after a message format change:
 * {@code scripts/mvn -B verify -pl ecdsa -am -Dtest=FuzzSeedCorpus -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FuzzSeedCorpus {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path RESOURCES = Path.of("src", "test", "resources", "dev", "custos", "ecdsa");
    private static final String MESSAGE = "decode_anyBytes_canonicalMessageOrTypedError";

    private final Map<String, byte[]> seeds = new LinkedHashMap<>();

    @Test
    void writeSeeds() throws Exception {
        List<Identifier> ids = List.of(Identifier.of(1), Identifier.of(2));
        Map<Identifier, KeyShare> keys = verified(keygen(ids));
        seed("keys/KeyShareEncodingFuzzTest", "decodeSecret_anyBytes_stableKeyShareOrTypedError", "key-share")
                .accept(KeyShareEncoding.encodeSecret(keys.get(ids.get(0))));
        presignAndSign(keys, ids);
        reshare(keys, ids);
        vectors();
        seeds.forEach(FuzzSeedCorpus::write);
    }

    private Map<Identifier, KeyShare> keygen(List<Identifier> ids) throws Exception {
        SessionId session = SessionId.random(RANDOM);
        Map<Identifier, DkgRound1> parties = new TreeMap<>();
        for (Identifier id : ids) {
            parties.put(id, Dkg.start(new DkgParameters(session, id, 2, ids), RANDOM));
        }
        List<List<DkgRound1Message>> round1 = new ArrayList<>();
        for (DkgRound1 party : parties.values()) {
            round1.add(party.messages());
        }
        Map<Identifier, List<DkgRound1Message>> inbox1 =
                deliver(round1, DkgRound1Message::decode, "dkg/DkgRound1Message");
        Map<Identifier, DkgRound2> second = new TreeMap<>();
        List<List<DkgRound2Message>> round2 = new ArrayList<>();
        for (Map.Entry<Identifier, DkgRound1> entry : parties.entrySet()) {
            DkgRound2 next = entry.getValue().round2(inbox1.get(entry.getKey()));
            second.put(entry.getKey(), next);
            round2.add(next.messages());
        }
        Map<Identifier, List<DkgRound2Message>> inbox2 =
                deliver(round2, DkgRound2Message::decode, "dkg/DkgRound2Message");
        Map<Identifier, KeyShare> keys = new TreeMap<>();
        for (Map.Entry<Identifier, DkgRound2> entry : second.entrySet()) {
            keys.put(entry.getKey(), entry.getValue().finish(inbox2.get(entry.getKey())));
        }
        return keys;
    }

    private Map<Identifier, KeyShare> verified(Map<Identifier, KeyShare> keys) throws Exception {
        SessionId session = SessionId.random(RANDOM);
        Map<Identifier, OtVerificationRound1> parties = new TreeMap<>();
        for (Map.Entry<Identifier, KeyShare> entry : keys.entrySet()) {
            parties.put(entry.getKey(), OtVerification.start(entry.getValue(), session));
        }
        List<List<OtChallengeMessage>> round1 = new ArrayList<>();
        for (OtVerificationRound1 party : parties.values()) {
            round1.add(party.messages());
        }
        Map<Identifier, List<OtChallengeMessage>> inbox1 =
                deliver(round1, OtChallengeMessage::decode, "keys/OtChallengeMessage");
        Map<Identifier, OtVerificationRound2> second = new TreeMap<>();
        List<List<OtResponseMessage>> round2 = new ArrayList<>();
        for (Map.Entry<Identifier, OtVerificationRound1> entry : parties.entrySet()) {
            OtVerificationRound2 next = entry.getValue().round2(inbox1.get(entry.getKey()));
            second.put(entry.getKey(), next);
            round2.add(next.messages());
        }
        Map<Identifier, List<OtResponseMessage>> inbox2 =
                deliver(round2, OtResponseMessage::decode, "keys/OtResponseMessage");
        Map<Identifier, OtVerificationRound3> third = new TreeMap<>();
        List<List<OtOpeningMessage>> round3 = new ArrayList<>();
        for (Map.Entry<Identifier, OtVerificationRound2> entry : second.entrySet()) {
            OtVerificationRound3 next = entry.getValue().round3(inbox2.get(entry.getKey()));
            third.put(entry.getKey(), next);
            round3.add(next.messages());
        }
        Map<Identifier, List<OtOpeningMessage>> inbox3 =
                deliver(round3, OtOpeningMessage::decode, "keys/OtOpeningMessage");
        Map<Identifier, KeyShare> verified = new TreeMap<>();
        for (Map.Entry<Identifier, OtVerificationRound3> entry : third.entrySet()) {
            verified.put(entry.getKey(), entry.getValue().finish(inbox3.get(entry.getKey())));
        }
        return verified;
    }

    private void presignAndSign(Map<Identifier, KeyShare> keys, List<Identifier> signers) throws Exception {
        SessionId session = SessionId.random(RANDOM);
        Map<Identifier, PresignRound1> parties = new TreeMap<>();
        for (Identifier signer : signers) {
            parties.put(signer, Presign.start(keys.get(signer), session, signers, RANDOM));
        }
        List<List<PresignRound1Message>> round1 = new ArrayList<>();
        for (PresignRound1 party : parties.values()) {
            round1.add(party.messages());
        }
        Map<Identifier, List<PresignRound1Message>> inbox1 =
                deliver(round1, PresignRound1Message::decode, "presign/PresignRound1Message");
        Map<Identifier, PresignRound2> second = new TreeMap<>();
        List<List<PresignRound2Message>> round2 = new ArrayList<>();
        for (Map.Entry<Identifier, PresignRound1> entry : parties.entrySet()) {
            PresignRound2 next = entry.getValue().round2(inbox1.get(entry.getKey()));
            second.put(entry.getKey(), next);
            round2.add(next.messages());
        }
        Map<Identifier, List<PresignRound2Message>> inbox2 =
                deliver(round2, PresignRound2Message::decode, "presign/PresignRound2Message");
        Identifier first = signers.get(0);
        Presignature presignature = second.get(first).finish(inbox2.get(first));
        seed(
                        "presign/PresignatureFuzzTest",
                        "fromSecretBytes_anyBytes_canonicalPresignatureOrTypedError",
                        "presignature")
                .accept(presignature.toSecretBytes());
        InMemoryPresignatureStore store = new InMemoryPresignatureStore();
        store.save(presignature);
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        seed("sign/SignatureShareFuzzTest", "decode_anyBytes_canonicalShareOrTypedError", "share")
                .accept(Signer.sign(store, session, keys.get(first).publicKey(), hash)
                        .encode());
    }

    private void reshare(Map<Identifier, KeyShare> keys, List<Identifier> ids) throws Exception {
        ResharingParameters parameters =
                ResharingParameters.refresh(keys.get(ids.get(0)), SessionId.random(RANDOM), ids);
        List<List<ResharingShareMessage>> dealt = new ArrayList<>();
        for (Identifier dealer : parameters.dealers()) {
            dealt.add(ResharingDealer.deal(keys.get(dealer), parameters, RANDOM));
        }
        Map<Identifier, List<ResharingShareMessage>> shares =
                deliver(dealt, ResharingShareMessage::decode, "reshare/ResharingShareMessage");
        Map<Identifier, ResharingRound1> parties = new TreeMap<>();
        for (Identifier id : parameters.newParties()) {
            parties.put(id, Resharing.start(parameters, id, RANDOM));
        }
        List<List<ResharingOtMessage>> round1 = new ArrayList<>();
        for (ResharingRound1 party : parties.values()) {
            round1.add(party.messages());
        }
        Map<Identifier, List<ResharingOtMessage>> inbox1 =
                deliver(round1, ResharingOtMessage::decode, "reshare/ResharingOtMessage");
        List<List<ResharingOtReply>> round2 = new ArrayList<>();
        for (Map.Entry<Identifier, ResharingRound1> entry : parties.entrySet()) {
            round2.add(entry.getValue()
                    .round2(inbox1.get(entry.getKey()), shares.get(entry.getKey()))
                    .messages());
        }
        deliver(round2, ResharingOtReply::decode, "reshare/ResharingOtReply");
        ExtendedPublicKey master = ExtendedPublicKey.master(
                keys.get(ids.get(0)).publicKey(), keys.get(ids.get(0)).chainCode());
        seed("derivation/ExtendedPublicKeyFuzzTest", "parse_anyText_canonicalXpubOrTypedError", "dkg-master")
                .accept(master.encode().getBytes(StandardCharsets.US_ASCII));
    }

    /** Signatures from Wycheproof and xpubs from BIP32 test vector 1. */
    private void vectors() throws IOException {
        JsonNode wycheproof = json("/vectors/wycheproof/ecdsa_secp256k1_sha256_test.json");
        JsonNode tests = wycheproof.get("testGroups").get(0).get("tests");
        for (int i = 0; i < 3; i++) {
            seed("signature/DerSignatureFuzzTest", "decode_anyBytes_strictDerValuesOrEmpty", "wycheproof-" + i)
                    .accept(HexFormat.of().parseHex(tests.get(i).get("sig").asText()));
        }
        JsonNode chains = json("/vectors/bip32/bip32-test-vectors.json")
                .get("vectors")
                .get(0)
                .get("chains");
        for (int i = 0; i < 3; i++) {
            seed("derivation/ExtendedPublicKeyFuzzTest", "parse_anyText_canonicalXpubOrTypedError", "bip32-" + i)
                    .accept(chains.get(i).get("ext_pub").asText().getBytes(StandardCharsets.US_ASCII));
        }
    }

    private <M extends ProtocolMessage> Map<Identifier, List<M>> deliver(
            List<List<M>> outgoing, LocalNetwork.Decoder<M> decoder, String testClass) throws EcdsaException {
        return LocalNetwork.deliver(outgoing, bytes -> {
            seeds.putIfAbsent(testClass + "FuzzTestInputs/" + MESSAGE + "/seed", bytes);
            return decoder.decode(bytes);
        });
    }

    private java.util.function.Consumer<byte[]> seed(String testClass, String method, String name) {
        return bytes -> seeds.put(testClass + "Inputs/" + method + "/seed-" + name, bytes);
    }

    private static JsonNode json(String resource) throws IOException {
        try (InputStream in = FuzzSeedCorpus.class.getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static void write(String path, byte[] seed) {
        try {
            Path file = RESOURCES.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, seed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
