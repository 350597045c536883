package dev.custos.frost;

import dev.custos.frost.aggregate.Aggregator;
import dev.custos.frost.dkg.Dkg;
import dev.custos.frost.dkg.DkgParameters;
import dev.custos.frost.dkg.DkgRound1;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.dkg.Round1Package;
import dev.custos.frost.keys.DealerOutput;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.SecretShare;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.frost.lifecycle.CeremonyResult;
import dev.custos.frost.refresh.Refresh;
import dev.custos.frost.refresh.RefreshParameters;
import dev.custos.frost.refresh.RefreshRound1;
import dev.custos.frost.refresh.RefreshRound1Package;
import dev.custos.frost.repair.Repair;
import dev.custos.frost.repair.RepairAuthorization;
import dev.custos.frost.repair.RepairDelta;
import dev.custos.frost.repair.RepairDeltaCommitments;
import dev.custos.frost.repair.RepairDeltas;
import dev.custos.frost.repair.RepairParameters;
import dev.custos.frost.reshare.Reshare;
import dev.custos.frost.reshare.ReshareDealing;
import dev.custos.frost.reshare.ReshareParameters;
import dev.custos.frost.round1.SigningNonces;
import dev.custos.frost.round2.SignatureShare;
import dev.custos.frost.round2.SigningPackage;
import dev.custos.frost.serialization.SignatureMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Writes the seed corpus of the frost fuzz targets: one valid encoding per target and ciphersuite, produced by running
 * the protocols once, with participant 1 as the sender (see {@link FuzzDecoding#sender}). Not part of the test suite
 * (the name does not match the surefire includes); rerun it after a message format change:
 * {@code scripts/mvn -B verify -pl frost -am -Dtest=FuzzSeedCorpus -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FuzzSeedCorpus {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Path RESOURCES = Path.of("src", "test", "resources", "dev", "custos", "frost");
    private static final String LIFECYCLE = "decode_anyBytes_canonicalMessageOrTypedError";
    private static final String SERIALIZED = "deserialize_anyBytes_canonicalValueOrTypedError";
    private static final String FIXED = "decode_anyBytes_canonicalValueOrTypedError";
    private static final byte[] MESSAGE = "fuzz seed".getBytes(StandardCharsets.UTF_8);

    @Test
    void writeSeeds() throws Exception {
        for (Ciphersuite suite : Ciphersuites.all()) {
            String tag = suite.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
            dkg(suite, tag);
            lifecycle(suite, tag);
            signing(suite, tag);
        }
    }

    private static void dkg(Ciphersuite suite, String tag) throws Exception {
        DkgParameters parameters = DkgParameters.of(suite, SessionId.random(RANDOM), 2, 3);
        SortedMap<Identifier, DkgRound1> round1 = new TreeMap<>();
        for (Identifier participant : parameters.participants()) {
            round1.put(participant, Dkg.part1(parameters, participant, RANDOM));
        }
        Identifier one = Identifier.of(suite, 1);
        List<Round1Package> received = new ArrayList<>();
        round1.forEach((sender, state) -> {
            if (!sender.equals(one)) {
                received.add(state.round1Package());
            }
        });
        write(
                "dkg/Round1PackageFuzzTest",
                LIFECYCLE,
                tag,
                round1.get(one).round1Package().encode());
        byte[] share = round1.get(one)
                .part2(received)
                .round2Packages()
                .get(Identifier.of(suite, 2))
                .encode();
        write("dkg/Round2PackageFuzzTest", LIFECYCLE, tag, share);
    }

    private static void lifecycle(Ciphersuite suite, String tag) throws Exception {
        CeremonyResult keys = LifecycleTesting.dealer(suite, 2, 3);
        List<Identifier> oneTwo = LifecycleTesting.identifiers(suite, 1, 2);
        Identifier one = oneTwo.get(0);
        Identifier two = oneTwo.get(1);

        RefreshParameters refresh = RefreshParameters.all(SessionId.random(RANDOM), keys.publicKeyPackage());
        SortedMap<Identifier, RefreshRound1> refreshRound1 = new TreeMap<>();
        for (Identifier participant : refresh.participants()) {
            refreshRound1.put(
                    participant, Refresh.part1(refresh, keys.keyPackages().get(participant), RANDOM));
        }
        List<RefreshRound1Package> refreshReceived = new ArrayList<>();
        refreshRound1.forEach((sender, state) -> {
            if (!sender.equals(one)) {
                refreshReceived.add(state.round1Package());
            }
        });
        write(
                "refresh/RefreshRound1PackageFuzzTest",
                LIFECYCLE,
                tag,
                refreshRound1.get(one).round1Package().encode());
        byte[] refreshShare = refreshRound1
                .get(one)
                .part2(refreshReceived)
                .round2Packages()
                .get(two)
                .encode();
        write("refresh/RefreshRound2PackageFuzzTest", LIFECYCLE, tag, refreshShare);

        byte[] requestDigest = new byte[RepairAuthorization.DIGEST_LENGTH];
        RANDOM.nextBytes(requestDigest);
        RepairParameters repair = new RepairParameters(
                SessionId.random(RANDOM),
                keys.publicKeyPackage(),
                new RepairAuthorization(requestDigest, Identifier.of(suite, 3), oneTwo));
        SortedMap<Identifier, RepairDeltas> deltas = new TreeMap<>();
        for (Identifier helper : oneTwo) {
            deltas.put(helper, Repair.part1(repair, keys.keyPackages().get(helper), RANDOM));
        }
        write(
                "repair/RepairDeltaCommitmentsFuzzTest",
                LIFECYCLE,
                tag,
                deltas.get(one).commitments().encode());
        write(
                "repair/RepairDeltaFuzzTest",
                LIFECYCLE,
                tag,
                deltas.get(one).deltas().get(two).encode());
        List<RepairDeltaCommitments> commitments = new ArrayList<>();
        List<RepairDelta> forOne = new ArrayList<>();
        for (RepairDeltas each : deltas.values()) {
            commitments.add(each.commitments());
            forOne.add(each.deltas().get(one));
        }
        write(
                "repair/RepairSigmaFuzzTest",
                LIFECYCLE,
                tag,
                Repair.part2(repair, one, commitments, forOne).encode());

        ReshareParameters reshare = new ReshareParameters(
                SessionId.random(RANDOM),
                keys.publicKeyPackage(),
                oneTwo,
                LifecycleTesting.identifiers(suite, 1, 2, 3),
                2);
        ReshareDealing dealing = Reshare.deal(reshare, keys.keyPackages().get(one), RANDOM);
        write(
                "reshare/ReshareCommitmentFuzzTest",
                LIFECYCLE,
                tag,
                dealing.commitment().encode());
        write(
                "reshare/ReshareSubShareFuzzTest",
                LIFECYCLE,
                tag,
                dealing.subShares().get(two).encode());
    }

    private static void signing(Ciphersuite suite, String tag) throws Exception {
        DealerOutput dealer = TrustedDealer.generate(suite, 2, 3, RANDOM);
        SecretShare secretShare = dealer.secretShares().values().iterator().next();
        KeyPackage keyPackage = KeyPackage.fromVerified(secretShare);
        write("keys/SecretShareFuzzTest", SERIALIZED, tag, secretShare.serialize());
        write("keys/KeyPackageFuzzTest", SERIALIZED, tag, keyPackage.serialize());
        write(
                "keys/PublicKeyPackageFuzzTest",
                SERIALIZED,
                tag,
                dealer.publicKeyPackage().serialize());

        SigningHarness harness = SigningHarness.withDealer(suite, 2, 3, RANDOM);
        Identifier one = harness.identifier(1);
        SortedMap<Identifier, SigningNonces> nonces = harness.commit(List.of(one, harness.identifier(2)), RANDOM);
        write(
                "round1/SigningCommitmentsFuzzTest",
                SERIALIZED,
                tag,
                nonces.get(one).commitments().serialize());
        write("round1/SigningNoncesFuzzTest", SERIALIZED, tag, nonces.get(one).serialize());
        SigningPackage signingPackage = harness.signingPackage(nonces, MESSAGE);
        write("round2/SigningPackageFuzzTest", SERIALIZED, tag, signingPackage.serialize());
        SortedMap<Identifier, SignatureShare> shares = harness.sign(signingPackage, nonces);
        write("round2/SignatureShareFuzzTest", SERIALIZED, tag, shares.get(one).serialize());
        Signature signature = Aggregator.aggregate(signingPackage, shares, harness.publicKeyPackage());
        write("SignatureFuzzTest", SERIALIZED, tag, SignatureMessages.serialize(signature));

        write("FixedEncodingsFuzzTest", FIXED, tag + "-identifier", one.encode());
        write("FixedEncodingsFuzzTest", FIXED, tag + "-signature", signature.encode());
        write(
                "FixedEncodingsFuzzTest",
                FIXED,
                tag + "-public-key",
                harness.publicKeyPackage().verifyingKey().publicKeyBytes());
        write(
                "FixedEncodingsFuzzTest",
                FIXED,
                tag + "-verifying-key",
                harness.publicKeyPackage().verifyingKey().encode());
    }

    private static void write(String testClass, String method, String name, byte[] seed) throws IOException {
        Path directory = RESOURCES.resolve(testClass + "Inputs").resolve(method);
        Files.createDirectories(directory);
        Files.write(directory.resolve("seed-" + name), seed);
    }
}
