package dev.custos.ecdsa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.ecdsa.demo.LocalNetwork;
import dev.custos.ecdsa.derivation.ExtendedPublicKey;
import dev.custos.ecdsa.dkg.DkgParameters;
import dev.custos.ecdsa.dkg.DkgParty;
import dev.custos.ecdsa.dkg.DkgRound1Message;
import dev.custos.ecdsa.dkg.DkgRound2Message;
import dev.custos.ecdsa.keys.KeyShare;
import dev.custos.ecdsa.keys.KeyShareEncoding;
import dev.custos.ecdsa.keys.OtChallengeMessage;
import dev.custos.ecdsa.keys.OtOpeningMessage;
import dev.custos.ecdsa.keys.OtResponseMessage;
import dev.custos.ecdsa.keys.OtVerificationParty;
import dev.custos.ecdsa.presign.PresignParty;
import dev.custos.ecdsa.presign.PresignRound1Message;
import dev.custos.ecdsa.presign.PresignRound2Message;
import dev.custos.ecdsa.presign.Presignature;
import dev.custos.ecdsa.reshare.ResharingDealer;
import dev.custos.ecdsa.reshare.ResharingOtMessage;
import dev.custos.ecdsa.reshare.ResharingOtReply;
import dev.custos.ecdsa.reshare.ResharingParameters;
import dev.custos.ecdsa.reshare.ResharingParty;
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
        List<PartyId> ids = List.of(PartyId.of(1), PartyId.of(2));
        Map<PartyId, KeyShare> keys = verified(keygen(ids));
        seed("keys/KeyShareEncodingFuzzTest", "decodeSecret_anyBytes_stableKeyShareOrTypedError", "key-share")
                .accept(KeyShareEncoding.encodeSecret(keys.get(ids.get(0))));
        presignAndSign(keys, ids);
        reshare(keys, ids);
        vectors();
        seeds.forEach(FuzzSeedCorpus::write);
    }

    private Map<PartyId, KeyShare> keygen(List<PartyId> ids) throws Exception {
        SessionId session = SessionId.random(RANDOM);
        Map<PartyId, DkgParty> parties = new TreeMap<>();
        for (PartyId id : ids) {
            parties.put(id, DkgParty.start(new DkgParameters(session, id, 2, ids), RANDOM));
        }
        List<List<DkgRound1Message>> round1 = new ArrayList<>();
        for (DkgParty party : parties.values()) {
            round1.add(party.round1());
        }
        Map<PartyId, List<DkgRound1Message>> inbox1 = deliver(round1, DkgRound1Message::decode, "dkg/DkgRound1Message");
        List<List<DkgRound2Message>> round2 = new ArrayList<>();
        for (Map.Entry<PartyId, DkgParty> entry : parties.entrySet()) {
            round2.add(entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<PartyId, List<DkgRound2Message>> inbox2 = deliver(round2, DkgRound2Message::decode, "dkg/DkgRound2Message");
        Map<PartyId, KeyShare> keys = new TreeMap<>();
        for (Map.Entry<PartyId, DkgParty> entry : parties.entrySet()) {
            keys.put(entry.getKey(), entry.getValue().finish(inbox2.get(entry.getKey())));
        }
        return keys;
    }

    private Map<PartyId, KeyShare> verified(Map<PartyId, KeyShare> keys) throws Exception {
        SessionId session = SessionId.random(RANDOM);
        Map<PartyId, OtVerificationParty> parties = new TreeMap<>();
        keys.forEach((id, key) -> parties.put(id, OtVerificationParty.start(key, session)));
        List<List<OtChallengeMessage>> round1 = new ArrayList<>();
        for (OtVerificationParty party : parties.values()) {
            round1.add(party.round1());
        }
        Map<PartyId, List<OtChallengeMessage>> inbox1 =
                deliver(round1, OtChallengeMessage::decode, "keys/OtChallengeMessage");
        List<List<OtResponseMessage>> round2 = new ArrayList<>();
        for (Map.Entry<PartyId, OtVerificationParty> entry : parties.entrySet()) {
            round2.add(entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<PartyId, List<OtResponseMessage>> inbox2 =
                deliver(round2, OtResponseMessage::decode, "keys/OtResponseMessage");
        List<List<OtOpeningMessage>> round3 = new ArrayList<>();
        for (Map.Entry<PartyId, OtVerificationParty> entry : parties.entrySet()) {
            round3.add(entry.getValue().round3(inbox2.get(entry.getKey())));
        }
        Map<PartyId, List<OtOpeningMessage>> inbox3 =
                deliver(round3, OtOpeningMessage::decode, "keys/OtOpeningMessage");
        Map<PartyId, KeyShare> verified = new TreeMap<>();
        for (Map.Entry<PartyId, OtVerificationParty> entry : parties.entrySet()) {
            verified.put(entry.getKey(), entry.getValue().finish(inbox3.get(entry.getKey())));
        }
        return verified;
    }

    private void presignAndSign(Map<PartyId, KeyShare> keys, List<PartyId> signers) throws Exception {
        SessionId session = SessionId.random(RANDOM);
        Map<PartyId, PresignParty> parties = new TreeMap<>();
        for (PartyId signer : signers) {
            parties.put(signer, PresignParty.start(keys.get(signer), session, signers, RANDOM));
        }
        List<List<PresignRound1Message>> round1 = new ArrayList<>();
        for (PresignParty party : parties.values()) {
            round1.add(party.round1());
        }
        Map<PartyId, List<PresignRound1Message>> inbox1 =
                deliver(round1, PresignRound1Message::decode, "presign/PresignRound1Message");
        List<List<PresignRound2Message>> round2 = new ArrayList<>();
        for (Map.Entry<PartyId, PresignParty> entry : parties.entrySet()) {
            round2.add(entry.getValue().round2(inbox1.get(entry.getKey())));
        }
        Map<PartyId, List<PresignRound2Message>> inbox2 =
                deliver(round2, PresignRound2Message::decode, "presign/PresignRound2Message");
        PartyId first = signers.get(0);
        Presignature presignature = parties.get(first).finish(inbox2.get(first));
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
                .accept(Signer.sign(store, session, hash).encode());
    }

    private void reshare(Map<PartyId, KeyShare> keys, List<PartyId> ids) throws Exception {
        ResharingParameters parameters =
                ResharingParameters.refresh(keys.get(ids.get(0)), SessionId.random(RANDOM), ids);
        List<List<ResharingShareMessage>> dealt = new ArrayList<>();
        for (PartyId dealer : parameters.dealers()) {
            dealt.add(ResharingDealer.deal(keys.get(dealer), parameters, RANDOM));
        }
        Map<PartyId, List<ResharingShareMessage>> shares =
                deliver(dealt, ResharingShareMessage::decode, "reshare/ResharingShareMessage");
        Map<PartyId, ResharingParty> parties = new TreeMap<>();
        for (PartyId id : parameters.newParties()) {
            parties.put(id, ResharingParty.start(parameters, id, RANDOM));
        }
        List<List<ResharingOtMessage>> round1 = new ArrayList<>();
        for (ResharingParty party : parties.values()) {
            round1.add(party.round1());
        }
        Map<PartyId, List<ResharingOtMessage>> inbox1 =
                deliver(round1, ResharingOtMessage::decode, "reshare/ResharingOtMessage");
        List<List<ResharingOtReply>> round2 = new ArrayList<>();
        for (Map.Entry<PartyId, ResharingParty> entry : parties.entrySet()) {
            round2.add(entry.getValue().round2(inbox1.get(entry.getKey()), shares.get(entry.getKey())));
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

    private <M extends ProtocolMessage> Map<PartyId, List<M>> deliver(
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
