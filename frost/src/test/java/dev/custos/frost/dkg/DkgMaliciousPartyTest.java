package dev.custos.frost.dkg;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Malicious participants in the DKG: each deviation is rejected with a specific error naming the culprit. */
class DkgMaliciousPartyTest {
    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_tamperedProofOfKnowledge_namesTheSender(Ciphersuite suite) {
        DkgRun run = DkgRun.start(suite, 2, 3);
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
        DkgRun run = DkgRun.start(suite, 2, 3);
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
        DkgRun run = DkgRun.start(suite, 2, 3);
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
        DkgRun run = DkgRun.start(suite, 2, 3);
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
        DkgRun run = DkgRun.start(suite, 2, 3);
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
        DkgRun run = DkgRun.start(suite, 2, 3);
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
        DkgRun run = DkgRun.start(suite, 2, 3);
        DkgRun other = DkgRun.start(suite, 2, 4);
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
        DkgRun run = DkgRun.start(suite, 2, 3);
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
        DkgRun run = DkgRun.start(suite, 2, 3);
        SortedMap<Identifier, DkgRound2> round2 = run.round2();
        List<Round2Package> received = List.of(
                round2.get(run.id(2)).round2Packages().get(run.id(1)),
                round2.get(run.id(2)).round2Packages().get(run.id(3)));

        assertFrostFailure(() -> round2.get(run.id(1)).part3(received), FrostErrorCode.INCORRECT_PACKAGE, run.id(2));
    }
}
