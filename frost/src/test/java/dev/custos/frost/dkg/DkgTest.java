package dev.custos.frost.dkg;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import dev.custos.frost.keys.PublicKeyPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DkgTest {
    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    /** A 2-of-3 (or t-of-n) DKG run up to the point where participant 1 has sent round 1. */
    private record Run(DkgParameters parameters, SortedMap<Identifier, DkgRound1> round1) {
        static Run start(Ciphersuite suite, int minSigners, int maxSigners) {
            DkgParameters parameters = DkgParameters.of(suite, SessionId.random(RANDOM), minSigners, maxSigners);
            SortedMap<Identifier, DkgRound1> round1 = new TreeMap<>();
            for (Identifier participant : parameters.participants()) {
                round1.put(participant, Dkg.part1(parameters, participant, RANDOM));
            }
            return new Run(parameters, round1);
        }

        Identifier id(int value) {
            return Identifier.of(parameters.suite(), value);
        }

        Round1Package package1(int sender) {
            return round1.get(id(sender)).round1Package();
        }

        List<Round1Package> packagesFor(int recipient) {
            List<Round1Package> packages = new ArrayList<>();
            round1.forEach((sender, state) -> {
                if (!sender.equals(id(recipient))) {
                    packages.add(state.round1Package());
                }
            });
            return packages;
        }

        DkgRound1 state(int participant) {
            return round1.get(id(participant));
        }

        SortedMap<Identifier, DkgRound2> round2() throws FrostException {
            SortedMap<Identifier, DkgRound2> states = new TreeMap<>();
            for (Identifier participant : parameters.participants()) {
                int value = participant.value().toBigInteger().intValueExact();
                states.put(participant, state(value).part2(packagesFor(value)));
            }
            return states;
        }

        static List<Round2Package> inbox(SortedMap<Identifier, DkgRound2> states, Identifier recipient) {
            List<Round2Package> packages = new ArrayList<>();
            states.forEach((sender, state) -> {
                if (!sender.equals(recipient)) {
                    packages.add(state.round2Packages().get(recipient));
                }
            });
            return packages;
        }
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
        Run run = Run.start(suite, 3, 4);
        SortedMap<Identifier, DkgRound2> round2 = run.round2();

        List<PublicKeyPackage> packages = new ArrayList<>();
        byte[] digest = round2.get(run.id(1)).round1Digest();
        for (Identifier participant : run.parameters().participants()) {
            assertThat(round2.get(participant).round1Digest()).isEqualTo(digest);
            packages.add(round2.get(participant)
                    .part3(Run.inbox(round2, participant))
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
    void part2_tamperedProofOfKnowledge_namesTheSender(Ciphersuite suite) {
        Run run = Run.start(suite, 2, 3);
        Round1Package honest = run.package1(2);
        Signature tampered = new Signature(
                suite,
                honest.proofOfKnowledge().commitment(),
                honest.proofOfKnowledge().z().add(suite.scalarField().one()));
        List<Round1Package> received = List.of(
                new Round1Package(suite, honest.sessionId(), honest.sender(), honest.commitment(), tampered),
                run.package1(3));

        assertFrostFailure(() -> run.state(1).part2(received), FrostErrorCode.INVALID_PROOF_OF_KNOWLEDGE, run.id(2));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_proofCopiedFromAnotherParticipant_isRejectedBecauseItBindsTheIdentifier(Ciphersuite suite) {
        Run run = Run.start(suite, 2, 3);
        Round1Package third = run.package1(3);
        Round1Package copied =
                new Round1Package(suite, third.sessionId(), run.id(2), third.commitment(), third.proofOfKnowledge());

        assertFrostFailure(
                () -> run.state(1).part2(List.of(copied, third)), FrostErrorCode.INVALID_PROOF_OF_KNOWLEDGE, run.id(2));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_proofFromAnotherSession_failsInCustosModeOnly(Ciphersuite suite) throws Exception {
        for (ProofBinding binding : ProofBinding.values()) {
            SessionId sessionA = SessionId.random(RANDOM);
            SessionId sessionB = SessionId.random(RANDOM);
            List<Identifier> ids = LifecycleTesting.identifiers(suite, 1, 2, 3);
            DkgParameters a = new DkgParameters(suite, sessionA, 2, ids, binding);
            DkgParameters b = new DkgParameters(suite, sessionB, 2, ids, binding);
            Round1Package fromA = Dkg.part1(a, ids.get(1), RANDOM).round1Package();
            Round1Package replayed =
                    new Round1Package(suite, sessionB, fromA.sender(), fromA.commitment(), fromA.proofOfKnowledge());
            List<Round1Package> received =
                    List.of(replayed, Dkg.part1(b, ids.get(2), RANDOM).round1Package());

            if (binding == ProofBinding.CUSTOS_SESSION) {
                assertFrostFailure(
                        () -> Dkg.part1(b, ids.get(0), RANDOM).part2(received),
                        FrostErrorCode.INVALID_PROOF_OF_KNOWLEDGE,
                        ids.get(1));
            } else {
                assertThat(Dkg.part1(b, ids.get(0), RANDOM).part2(received).round2Packages())
                        .hasSize(2);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_packageFromAnotherSession_namesTheSender(Ciphersuite suite) {
        Run run = Run.start(suite, 2, 3);
        Round1Package honest = run.package1(3);
        Round1Package foreign = new Round1Package(
                suite, SessionId.random(RANDOM), honest.sender(), honest.commitment(), honest.proofOfKnowledge());

        assertFrostFailure(
                () -> run.state(1).part2(List.of(run.package1(2), foreign)),
                FrostErrorCode.SESSION_MISMATCH,
                run.id(3));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_identityCoefficient_namesTheSender(Ciphersuite suite) {
        Run run = Run.start(suite, 2, 3);
        Round1Package honest = run.package1(2);
        FeldmanCommitment withIdentity = new FeldmanCommitment(
                List.of(honest.commitment().constantTerm(), suite.group().identity()));
        Round1Package bad =
                new Round1Package(suite, honest.sessionId(), honest.sender(), withIdentity, honest.proofOfKnowledge());

        assertFrostFailure(
                () -> run.state(1).part2(List.of(bad, run.package1(3))), FrostErrorCode.IDENTITY_COMMITMENT, run.id(2));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_identityConstantTerm_namesTheSender(Ciphersuite suite) {
        Run run = Run.start(suite, 2, 3);
        Round1Package honest = run.package1(3);
        FeldmanCommitment withIdentity = new FeldmanCommitment(List.of(
                suite.group().identity(), honest.commitment().coefficients().get(1)));
        Round1Package bad =
                new Round1Package(suite, honest.sessionId(), honest.sender(), withIdentity, honest.proofOfKnowledge());

        assertFrostFailure(
                () -> run.state(1).part2(List.of(run.package1(2), bad)), FrostErrorCode.IDENTITY_COMMITMENT, run.id(3));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_commitmentOfWrongLength_namesTheSender(Ciphersuite suite) {
        Run run = Run.start(suite, 2, 3);
        Round1Package honest = run.package1(2);
        List<Element> longer = new ArrayList<>(honest.commitment().coefficients());
        longer.add(suite.group().generator());
        Round1Package bad = new Round1Package(
                suite, honest.sessionId(), honest.sender(), new FeldmanCommitment(longer), honest.proofOfKnowledge());

        assertFrostFailure(
                () -> run.state(1).part2(List.of(bad, run.package1(3))),
                FrostErrorCode.INCORRECT_NUMBER_OF_COMMITMENTS,
                run.id(2));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_senderChecks_nameTheCulprits(Ciphersuite suite) {
        Run run = Run.start(suite, 2, 3);
        Run other = Run.start(suite, 2, 4);
        Round1Package outsider = other.package1(4);
        Round1Package outsiderInSession = new Round1Package(
                suite,
                run.parameters().sessionId(),
                outsider.sender(),
                outsider.commitment(),
                outsider.proofOfKnowledge());

        assertFrostFailure(
                () -> run.state(1).part2(List.of(run.package1(2), run.package1(2), run.package1(3))),
                FrostErrorCode.DUPLICATE_IDENTIFIER,
                run.id(2));
        assertFrostFailure(
                () -> run.state(1).part2(List.of(run.package1(2), run.package1(3), outsiderInSession)),
                FrostErrorCode.UNKNOWN_IDENTIFIER,
                run.id(4));
        assertFrostFailure(
                () -> run.state(1).part2(List.of(run.package1(2), run.package1(1), run.package1(3))),
                FrostErrorCode.UNKNOWN_IDENTIFIER,
                run.id(1));
        assertFrostFailure(
                () -> run.state(1).part2(List.of(run.package1(3))), FrostErrorCode.PACKAGE_NOT_FOUND, run.id(2));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_inconsistentShare_namesTheSender(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite, 2, 3);
        SortedMap<Identifier, DkgRound2> round2 = run.round2();
        Identifier recipient = run.id(1);
        Round2Package honest = round2.get(run.id(3)).round2Packages().get(recipient);
        Round2Package bad = new Round2Package(
                suite,
                honest.sessionId(),
                honest.sender(),
                recipient,
                honest.share().add(suite.scalarField().one()));
        List<Round2Package> received =
                List.of(round2.get(run.id(2)).round2Packages().get(recipient), bad);

        assertFrostFailure(() -> round2.get(recipient).part3(received), FrostErrorCode.INVALID_SECRET_SHARE, run.id(3));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_packageForAnotherRecipient_namesTheSender(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite, 2, 3);
        SortedMap<Identifier, DkgRound2> round2 = run.round2();
        List<Round2Package> received = List.of(
                round2.get(run.id(2)).round2Packages().get(run.id(1)),
                round2.get(run.id(2)).round2Packages().get(run.id(3)));

        assertFrostFailure(() -> round2.get(run.id(1)).part3(received), FrostErrorCode.INCORRECT_PACKAGE, run.id(2));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void states_areOneShot(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite, 2, 3);
        SortedMap<Identifier, DkgRound2> round2 = run.round2();

        assertThatThrownBy(() -> run.state(1).part2(run.packagesFor(1))).isInstanceOf(IllegalStateException.class);
        assertThat(run.state(1).isDestroyed()).isTrue();
        Identifier first = run.id(1);
        round2.get(first).part3(Run.inbox(round2, first));
        assertThatThrownBy(() -> round2.get(first).part3(Run.inbox(round2, first)))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void round1Digest_equivocatingSender_isDetectedByComparingDigests(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite, 2, 3);
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
        Run run = Run.start(Ciphersuites.ed25519(), 2, 3);
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
