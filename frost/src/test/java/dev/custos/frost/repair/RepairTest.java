package dev.custos.frost.repair;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.dkg.DkgCeremony;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RepairTest {
    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    /** Helpers 1, 3, 4 of a 3-of-4 group repair participant 2, up to round 1. */
    private record Run(CeremonyResult keys, RepairParameters parameters, SortedMap<Identifier, RepairDeltas> deltas) {
        static Run start(Ciphersuite suite) throws Exception {
            CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 4);
            RepairParameters parameters = new RepairParameters(
                    SessionId.random(RANDOM),
                    keys.publicKeyPackage(),
                    TestAuthorizations.of(Identifier.of(suite, 2), LifecycleTesting.identifiers(suite, 1, 3, 4)));
            SortedMap<Identifier, RepairDeltas> deltas = new TreeMap<>();
            for (Identifier helper : parameters.helpers()) {
                deltas.put(helper, Repair.part1(parameters, keys.keyPackages().get(helper), RANDOM));
            }
            return new Run(keys, parameters, deltas);
        }

        Identifier id(int value) {
            return Identifier.of(parameters.suite(), value);
        }

        List<RepairDeltaCommitments> commitments() {
            return deltas.values().stream().map(RepairDeltas::commitments).toList();
        }

        List<RepairDelta> deltasFor(Identifier recipient) {
            return deltas.values().stream()
                    .map(each -> each.deltas().get(recipient))
                    .toList();
        }

        List<RepairSigma> sigmas() throws Exception {
            List<RepairSigma> sigmas = new ArrayList<>();
            for (Identifier helper : parameters.helpers()) {
                sigmas.add(Repair.part2(parameters, helper, commitments(), deltasFor(helper)));
            }
            return sigmas;
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void ceremony_afterDkg_restoresTheLostShareWhichSigns(Ciphersuite suite) throws Exception {
        CeremonyResult keys = DkgCeremony.run(suite, 3, 5, RANDOM);
        Identifier lost = Identifier.of(suite, 2);
        List<Identifier> helpers = LifecycleTesting.identifiers(suite, 1, 4, 5);

        KeyPackage repaired = RepairCeremony.run(
                keys.publicKeyPackage(),
                TestAuthorizations.of(lost, helpers),
                LifecycleTesting.select(keys.keyPackages(), helpers),
                RANDOM);

        assertThat(repaired.signingShare()
                        .equalsSecret(keys.keyPackages().get(lost).signingShare()))
                .isTrue();
        assertThat(repaired.verifyingShare()).isEqualTo(keys.publicKeyPackage().verifyingShare(lost));
        assertThat(repaired.verifyingKey()).isEqualTo(keys.publicKeyPackage().verifyingKey());
        SortedMap<Identifier, KeyPackage> withRepaired = new TreeMap<>(keys.keyPackages());
        withRepaired.put(lost, repaired);
        LifecycleTesting.signAndVerify(
                withRepaired, keys.publicKeyPackage(), LifecycleTesting.identifiers(suite, 2, 3, 5));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_deltaNotMatchingItsCommitment_namesTheHelper(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        Identifier recipient = run.id(1);
        List<RepairDelta> deltas = new ArrayList<>();
        for (RepairDelta delta : run.deltasFor(recipient)) {
            deltas.add(
                    delta.sender().equals(run.id(4))
                            ? new RepairDelta(
                                    suite,
                                    delta.sessionId(),
                                    delta.sender(),
                                    recipient,
                                    delta.delta().add(suite.scalarField().one()))
                            : delta);
        }

        assertFrostFailure(
                () -> Repair.part2(run.parameters(), recipient, run.commitments(), deltas),
                FrostErrorCode.INVALID_SECRET_SHARE,
                run.id(4));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_helperWhoseDeltasDoNotAddUp_isNamed(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        // Helper 3 shifts its delta to helper 4 by one and commits to the shifted value: helper 4 cannot notice, but
        // the row of commitments no longer adds up to zeta_3 * Y_3.
        Identifier cheater = run.id(3);
        Identifier victim = run.id(4);
        RepairDeltas honest = run.deltas().get(cheater);
        RepairDelta original = honest.deltas().get(victim);
        RepairDelta shifted = new RepairDelta(
                suite,
                original.sessionId(),
                cheater,
                victim,
                original.delta().add(suite.scalarField().one()));
        SortedMap<Identifier, Element> row = new TreeMap<>(honest.commitments().commitments());
        row.put(victim, suite.group().multiplyGenerator(shifted.delta()));
        RepairDeltaCommitments cheating = new RepairDeltaCommitments(suite, original.sessionId(), cheater, row);
        List<RepairDeltaCommitments> commitments = new ArrayList<>(run.commitments());
        commitments.set(1, cheating);
        List<RepairSigma> sigmas = new ArrayList<>();
        for (Identifier helper : run.parameters().helpers()) {
            List<RepairDelta> deltas = new ArrayList<>(run.deltasFor(helper));
            if (helper.equals(victim)) {
                deltas.set(1, shifted);
            }
            sigmas.add(Repair.part2(run.parameters(), helper, commitments, deltas));
        }

        assertFrostFailure(
                () -> Repair.part3(run.parameters(), commitments, sigmas),
                FrostErrorCode.INVALID_REPAIR_COMMITMENT,
                cheater);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_wrongSigma_namesTheHelper(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        List<RepairSigma> sigmas = new ArrayList<>(run.sigmas());
        RepairSigma honest = sigmas.get(2);
        sigmas.set(
                2,
                new RepairSigma(
                        suite,
                        honest.sessionId(),
                        honest.sender(),
                        honest.recipient(),
                        honest.sigma().add(suite.scalarField().one())));

        assertFrostFailure(
                () -> Repair.part3(run.parameters(), run.commitments(), sigmas),
                FrostErrorCode.INVALID_SECRET_SHARE,
                run.id(4));
        sigmas.set(2, honest);
        KeyPackage repaired = Repair.part3(run.parameters(), run.commitments(), sigmas);
        assertThat(repaired.signingShare()
                        .equalsSecret(run.keys().keyPackages().get(run.id(2)).signingShare()))
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_senderChecks_nameTheCulprits(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        List<RepairSigma> sigmas = run.sigmas();
        RepairDeltaCommitments first = run.commitments().get(0);
        SortedMap<Identifier, Element> shortRow = new TreeMap<>(first.commitments());
        shortRow.remove(run.id(4));
        List<RepairDeltaCommitments> incomplete = new ArrayList<>(run.commitments());
        incomplete.set(0, new RepairDeltaCommitments(suite, first.sessionId(), first.sender(), shortRow));
        RepairSigma toSomeoneElse = new RepairSigma(
                suite,
                sigmas.get(1).sessionId(),
                run.id(3),
                run.id(1),
                suite.scalarField().one());

        assertFrostFailure(
                () -> Repair.part3(run.parameters(), incomplete, sigmas), FrostErrorCode.INCORRECT_PACKAGE, run.id(1));
        assertFrostFailure(
                () -> Repair.part3(run.parameters(), run.commitments(), sigmas.subList(0, 2)),
                FrostErrorCode.PACKAGE_NOT_FOUND,
                run.id(4));
        assertFrostFailure(
                () -> Repair.part3(
                        run.parameters(), run.commitments(), List.of(sigmas.get(0), toSomeoneElse, sigmas.get(2))),
                FrostErrorCode.INCORRECT_PACKAGE,
                run.id(3));
    }

    @Test
    void parametersAndKeys_invalidConfigurations_areRejected() throws Exception {
        Ciphersuite suite = Ciphersuites.ed25519();
        CeremonyResult keys = LifecycleTesting.dealer(suite, 2, 3);
        SessionId session = SessionId.random(RANDOM);
        RepairParameters parameters = new RepairParameters(
                session,
                keys.publicKeyPackage(),
                TestAuthorizations.of(Identifier.of(suite, 2), LifecycleTesting.identifiers(suite, 1, 3)));

        assertThatThrownBy(() -> new RepairParameters(
                        session,
                        keys.publicKeyPackage(),
                        TestAuthorizations.of(Identifier.of(suite, 2), LifecycleTesting.identifiers(suite, 1, 2))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepairParameters(
                        session,
                        keys.publicKeyPackage(),
                        TestAuthorizations.of(Identifier.of(suite, 2), LifecycleTesting.identifiers(suite, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertFrostFailure(
                () -> Repair.part1(parameters, keys.keyPackages().get(Identifier.of(suite, 2)), RANDOM),
                FrostErrorCode.UNKNOWN_IDENTIFIER);
        CeremonyResult other = LifecycleTesting.dealer(suite, 2, 3);
        assertFrostFailure(
                () -> Repair.part1(parameters, other.keyPackages().get(Identifier.of(suite, 1)), RANDOM),
                FrostErrorCode.INVALID_KEY_PACKAGE);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void messages_roundTripAndDecodeStrictly(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        RepairDeltaCommitments commitments = run.commitments().get(0);
        Identifier from = commitments.sender();
        byte[] encoding = commitments.encode();
        RepairDelta delta = run.deltasFor(run.id(3)).get(0);
        assertThat(RepairDelta.decode(suite, from, delta.encode()).delta()).isEqualTo(delta.delta());
        byte[] deltaEncoding = delta.encode();
        RepairSigma sigma = run.sigmas().get(0);

        assertThat(delta.isDestroyed()).isTrue();
        assertThat(RepairDeltaCommitments.decode(suite, from, encoding)).isEqualTo(commitments);
        assertThat(RepairSigma.decode(suite, from, sigma.encode()).sigma()).isEqualTo(sigma.sigma());
        for (int length = 0; length < encoding.length; length++) {
            byte[] truncated = Arrays.copyOf(encoding, length);
            assertFrostFailure(
                    () -> RepairDeltaCommitments.decode(suite, from, truncated),
                    FrostErrorCode.MALFORMED_MESSAGE,
                    from);
        }
        int first = MessageWriter.LIFECYCLE_HEADER_LENGTH + 32 + 2;
        int entry = 32 + suite.group().elementLength();
        byte[] swapped = encoding.clone();
        System.arraycopy(encoding, first, swapped, first + entry, 32);
        System.arraycopy(encoding, first + entry, swapped, first, 32);
        assertFrostFailure(
                () -> RepairDeltaCommitments.decode(suite, from, swapped), FrostErrorCode.MALFORMED_MESSAGE, from);
        byte[] identity = encoding.clone();
        byte[] marker = MessageReader.identityMarker(suite.group());
        System.arraycopy(marker, 0, identity, first + 32, marker.length);
        assertFrostFailure(
                () -> RepairDeltaCommitments.decode(suite, from, identity), FrostErrorCode.IDENTITY_COMMITMENT, from);
        assertFrostFailure(
                () -> RepairSigma.decode(suite, from, deltaEncoding), FrostErrorCode.MALFORMED_MESSAGE, from);
        assertThat(delta.toString()).contains("redacted");
    }
}
