package dev.custos.frost.dkg;

import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.Signature;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DkgTest {
    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void ceremony_twoOfThree_everyPairSignsAndKeysAreConsistent(Ciphersuite suite) throws Exception {
        CeremonyResult result = DkgCeremony.run(suite, 2, 3, RANDOM);
        PublicKeyPackage publicKeyPackage = result.publicKeyPackage();

        assertThat(result.keyPackages()).hasSize(3);
        LifecycleTesting.assertConsistent(result.keyPackages(), publicKeyPackage);
        for (List<Identifier> pair : List.of(
                LifecycleTesting.identifiers(suite, 1, 2),
                LifecycleTesting.identifiers(suite, 1, 3),
                LifecycleTesting.identifiers(suite, 2, 3))) {
            assertThat(LifecycleTesting.interpolateVerifyingShares(publicKeyPackage, pair))
                    .isEqualTo(publicKeyPackage.verifyingKey().element());
            Signature signature = LifecycleTesting.signAndVerify(result.keyPackages(), publicKeyPackage, pair);
            assertThat(signature.encode()).hasSize(suite.signatureLength());
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_allParticipants_deriveTheSamePublicKeyPackage(Ciphersuite suite) throws Exception {
        DkgRun run = DkgRun.start(suite, 3, 4);
        SortedMap<Identifier, DkgRound2> round2 = run.round2();

        List<PublicKeyPackage> packages = new ArrayList<>();
        byte[] digest = round2.get(run.id(1)).round1Digest();
        for (Identifier participant : run.parameters().participants()) {
            assertThat(round2.get(participant).round1Digest()).isEqualTo(digest);
            packages.add(round2.get(participant)
                    .part3(DkgRun.inbox(round2, participant))
                    .publicKeyPackage());
        }
        assertThat(packages).allSatisfy(each -> assertThat(each).isEqualTo(packages.getFirst()));
        assertThat(packages.getFirst().minSigners()).isEqualTo(3);
    }

    @Test
    void secp256k1Taproot_dkgOutput_isTweakedAsZfPostDkg() throws Exception {
        Ciphersuite suite = Ciphersuites.secp256k1Taproot();
        CeremonyResult result = DkgCeremony.run(suite, 2, 3, RANDOM);
        List<Identifier> pair = LifecycleTesting.identifiers(suite, 1, 3);

        // The shares reconstruct the tweaked output key Q, which signs (BIP340); ZfDkgVectorsTest pins the tweak
        // itself.
        Element outputKey = result.publicKeyPackage().verifyingKey().element();
        assertThat(LifecycleTesting.combineSigningShares(result.keyPackages(), pair))
                .isEqualTo(outputKey);
        LifecycleTesting.signAndVerify(result.keyPackages(), result.publicKeyPackage(), pair);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void states_areOneShot(Ciphersuite suite) throws Exception {
        DkgRun run = DkgRun.start(suite, 2, 3);
        SortedMap<Identifier, DkgRound2> round2 = run.round2();

        assertThatThrownBy(() -> run.state(1).part2(run.packagesFor(1))).isInstanceOf(IllegalStateException.class);
        assertThat(run.state(1).isDestroyed()).isTrue();
        Identifier first = run.id(1);
        round2.get(first).part3(DkgRun.inbox(round2, first));
        assertThatThrownBy(() -> round2.get(first).part3(DkgRun.inbox(round2, first)))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void round1Digest_equivocatingSender_isDetectedByComparingDigests(Ciphersuite suite) throws Exception {
        DkgRun run = DkgRun.start(suite, 2, 3);
        // Participant 3 sends a valid but different round 1 package to participant 2 than to participant 1.
        Round1Package second = Dkg.part1(run.parameters(), run.id(3), RANDOM).round1Package();
        DkgRound2 one = run.state(1).part2(run.packagesFor(1));
        DkgRound2 two = run.state(2).part2(List.of(run.package1(1), second));

        assertThat(one.round1Digest()).isNotEqualTo(two.round1Digest());
    }

    @Test
    void part1_nonParticipant_isRejected() {
        DkgParameters parameters = DkgParameters.of(Ciphersuites.ed25519(), SessionId.random(RANDOM), 2, 3);

        assertThatThrownBy(() -> Dkg.part1(parameters, Identifier.of(Ciphersuites.ed25519(), 4), RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a participant");
    }

    @Test
    void parameters_invalidConfigurations_areRejected() {
        Ciphersuite suite = Ciphersuites.secp256k1();
        SessionId session = SessionId.random(RANDOM);
        List<Identifier> duplicate = LifecycleTesting.identifiers(suite, 1, 2, 2);

        assertThatThrownBy(() -> new DkgParameters(suite, session, 2, duplicate, ProofBinding.CUSTOS_SESSION))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> DkgParameters.of(suite, session, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DkgParameters.of(suite, session, 4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DkgParameters.of(suite, session, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DkgParameters(
                        suite,
                        session,
                        2,
                        LifecycleTesting.identifiers(Ciphersuites.ed25519(), 1, 2),
                        ProofBinding.CUSTOS_SESSION))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secrets_areRedacted() throws Exception {
        DkgRun run = DkgRun.start(Ciphersuites.ed25519(), 2, 3);
        SortedMap<Identifier, DkgRound2> round2 = run.round2();
        Round2Package outgoing = round2.get(run.id(1)).round2Packages().get(run.id(2));
        String shareHex = dev.custos.frost.TestVectors.hex(outgoing.share().toBytes());

        assertThat(outgoing.toString()).contains("redacted").doesNotContain(shareHex);
        assertThat(round2.get(run.id(1)).toString()).contains("redacted");
        outgoing.destroy();
        assertThat(outgoing.isDestroyed()).isTrue();
        assertThatThrownBy(outgoing::share).isInstanceOf(IllegalStateException.class);
    }
}
