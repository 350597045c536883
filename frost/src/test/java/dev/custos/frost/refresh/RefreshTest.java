package dev.custos.frost.refresh;

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
import dev.custos.frost.SessionId;
import dev.custos.frost.dkg.DkgCeremony;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import dev.custos.frost.serialization.LifecycleMessageType;
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

class RefreshTest {
    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    /** A 3-of-4 refresh among all holders, run up to round 1. */
    private record Run(CeremonyResult keys, RefreshParameters parameters, SortedMap<Identifier, RefreshRound1> round1) {
        static Run start(Ciphersuite suite) throws Exception {
            CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 4);
            RefreshParameters parameters = RefreshParameters.all(SessionId.random(RANDOM), keys.publicKeyPackage());
            SortedMap<Identifier, RefreshRound1> round1 = new TreeMap<>();
            for (KeyPackage keyPackage : keys.keyPackages().values()) {
                round1.put(keyPackage.identifier(), Refresh.part1(parameters, keyPackage, RANDOM));
            }
            return new Run(keys, parameters, round1);
        }

        Identifier id(int value) {
            return Identifier.of(parameters.suite(), value);
        }

        RefreshRound1Package package1(int sender) {
            return round1.get(id(sender)).round1Package();
        }

        List<RefreshRound1Package> others(int recipient, RefreshRound1Package replacement) {
            List<RefreshRound1Package> packages = new ArrayList<>();
            round1.forEach((sender, state) -> {
                if (!sender.equals(id(recipient))) {
                    packages.add(
                            replacement != null && replacement.sender().equals(sender)
                                    ? replacement
                                    : state.round1Package());
                }
            });
            return packages;
        }

        SortedMap<Identifier, RefreshRound2> round2() throws FrostException {
            SortedMap<Identifier, RefreshRound2> states = new TreeMap<>();
            for (Identifier participant : round1.keySet()) {
                int value = participant.value().toBigInteger().intValueExact();
                states.put(participant, round1.get(participant).part2(others(value, null)));
            }
            return states;
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void refresh_afterDkg_keepsTheKeyChangesEveryShareAndOnlyNewSharesCombine(Ciphersuite suite) throws Exception {
        CeremonyResult old = DkgCeremony.run(suite, 2, 3, RANDOM);
        CeremonyResult refreshed = RefreshCeremony.run(old.keyPackages(), old.publicKeyPackage(), RANDOM);
        PublicKeyPackage publicKeyPackage = refreshed.publicKeyPackage();
        Element groupKey = old.publicKeyPackage().verifyingKey().element();
        List<Identifier> ids = LifecycleTesting.identifiers(suite, 1, 2, 3);

        assertThat(publicKeyPackage.verifyingKey())
                .isEqualTo(old.publicKeyPackage().verifyingKey());
        assertThat(publicKeyPackage.minSigners()).isEqualTo(2);
        LifecycleTesting.assertConsistent(refreshed.keyPackages(), publicKeyPackage);
        for (Identifier id : ids) {
            assertThat(publicKeyPackage.verifyingShare(id))
                    .isNotEqualTo(old.publicKeyPackage().verifyingShare(id));
        }
        assertThat(LifecycleTesting.interpolateVerifyingShares(publicKeyPackage, ids.subList(1, 3)))
                .isEqualTo(groupKey);
        LifecycleTesting.signAndVerify(refreshed.keyPackages(), publicKeyPackage, ids.subList(0, 2));
        SortedMap<Identifier, KeyPackage> mixed = new TreeMap<>(refreshed.keyPackages());
        mixed.put(ids.get(0), old.keyPackages().get(ids.get(0)));
        assertThat(LifecycleTesting.combineSigningShares(mixed, ids.subList(0, 2)))
                .isNotEqualTo(groupKey);
        assertThat(LifecycleTesting.combineSigningShares(refreshed.keyPackages(), ids.subList(0, 2)))
                .isEqualTo(groupKey);
    }

    @Test
    void refresh_subsetOfHolders_removesTheOthers() throws Exception {
        Ciphersuite suite = Ciphersuites.ed25519();
        CeremonyResult old = LifecycleTesting.dealer(suite, 2, 4);
        List<Identifier> staying = LifecycleTesting.identifiers(suite, 1, 3, 4);
        CeremonyResult refreshed = RefreshCeremony.run(
                LifecycleTesting.select(old.keyPackages(), staying), old.publicKeyPackage(), RANDOM);

        assertThat(refreshed.publicKeyPackage().verifyingShares().keySet()).containsExactlyElementsOf(staying);
        assertThat(refreshed.publicKeyPackage().verifyingKey())
                .isEqualTo(old.publicKeyPackage().verifyingKey());
        SortedMap<Identifier, KeyPackage> removedPlusNew = new TreeMap<>(refreshed.keyPackages());
        Identifier removed = Identifier.of(suite, 2);
        removedPlusNew.put(removed, old.keyPackages().get(removed));
        assertThat(LifecycleTesting.combineSigningShares(removedPlusNew, List.of(removed, staying.get(0))))
                .isNotEqualTo(old.publicKeyPackage().verifyingKey().element());
        LifecycleTesting.signAndVerify(refreshed.keyPackages(), refreshed.publicKeyPackage(), staying.subList(1, 3));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_nonIdentityConstantTerm_namesTheSender(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        RefreshRound1Package honest = run.package1(2);
        List<Element> shifted = new ArrayList<>(honest.commitment().coefficients());
        shifted.set(0, suite.group().generator());
        RefreshRound1Package bad =
                new RefreshRound1Package(suite, honest.sessionId(), honest.sender(), new FeldmanCommitment(shifted));
        byte[] wire = bad.encode();

        assertFrostFailure(
                () -> run.round1().get(run.id(1)).part2(run.others(1, bad)),
                FrostErrorCode.INVALID_CONSTANT_TERM,
                run.id(2));
        RefreshRound1Package decoded = RefreshRound1Package.decode(suite, run.id(2), wire);
        assertFrostFailure(
                () -> run.round1().get(run.id(3)).part2(run.others(3, decoded)),
                FrostErrorCode.INVALID_CONSTANT_TERM,
                run.id(2));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_malformedCommitments_nameTheSender(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        RefreshRound1Package honest = run.package1(4);
        List<Element> withIdentity = new ArrayList<>(honest.commitment().coefficients());
        withIdentity.set(2, suite.group().identity());
        List<Element> shorter = honest.commitment().coefficients().subList(0, 2);

        assertFrostFailure(
                () -> run.round1()
                        .get(run.id(1))
                        .part2(run.others(
                                1,
                                new RefreshRound1Package(
                                        suite,
                                        honest.sessionId(),
                                        honest.sender(),
                                        new FeldmanCommitment(withIdentity)))),
                FrostErrorCode.IDENTITY_COMMITMENT,
                run.id(4));
        assertFrostFailure(
                () -> run.round1()
                        .get(run.id(1))
                        .part2(run.others(
                                1,
                                new RefreshRound1Package(
                                        suite, honest.sessionId(), honest.sender(), new FeldmanCommitment(shorter)))),
                FrostErrorCode.INCORRECT_NUMBER_OF_COMMITMENTS,
                run.id(4));
        assertFrostFailure(
                () -> run.round1()
                        .get(run.id(1))
                        .part2(run.others(
                                1,
                                new RefreshRound1Package(
                                        suite, SessionId.random(RANDOM), honest.sender(), honest.commitment()))),
                FrostErrorCode.SESSION_MISMATCH,
                run.id(4));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_inconsistentShare_namesTheSender(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        SortedMap<Identifier, RefreshRound2> round2 = run.round2();
        Identifier recipient = run.id(2);
        List<RefreshRound2Package> received = new ArrayList<>();
        for (Identifier sender : round2.keySet()) {
            if (sender.equals(recipient)) {
                continue;
            }
            RefreshRound2Package honest = round2.get(sender).round2Packages().get(recipient);
            received.add(
                    sender.equals(run.id(3))
                            ? new RefreshRound2Package(
                                    suite,
                                    honest.sessionId(),
                                    sender,
                                    recipient,
                                    honest.share().add(suite.scalarField().one()))
                            : honest);
        }

        assertFrostFailure(() -> round2.get(recipient).part3(received), FrostErrorCode.INVALID_SECRET_SHARE, run.id(3));
    }

    @Test
    void part1_keyPackageNotMatchingThePublicKeyPackage_isRejected() throws Exception {
        Ciphersuite suite = Ciphersuites.secp256k1();
        CeremonyResult keys = LifecycleTesting.dealer(suite, 2, 3);
        CeremonyResult other = LifecycleTesting.dealer(suite, 2, 3);
        RefreshParameters parameters = RefreshParameters.all(SessionId.random(RANDOM), keys.publicKeyPackage());
        RefreshParameters subset = new RefreshParameters(
                SessionId.random(RANDOM), keys.publicKeyPackage(), LifecycleTesting.identifiers(suite, 1, 2));

        assertFrostFailure(
                () -> Refresh.part1(parameters, other.keyPackages().get(Identifier.of(suite, 1)), RANDOM),
                FrostErrorCode.INVALID_KEY_PACKAGE);
        assertFrostFailure(
                () -> Refresh.part1(subset, keys.keyPackages().get(Identifier.of(suite, 3)), RANDOM),
                FrostErrorCode.UNKNOWN_IDENTIFIER);
        assertThatThrownBy(() -> new RefreshParameters(
                        SessionId.random(RANDOM), keys.publicKeyPackage(), LifecycleTesting.identifiers(suite, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefreshParameters(
                        SessionId.random(RANDOM), keys.publicKeyPackage(), LifecycleTesting.identifiers(suite, 1, 7)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void messages_roundTripAndDecodeStrictly(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        RefreshRound1Package original = run.package1(1);
        byte[] encoding = original.encode();
        RefreshRound2Package secret = run.round1()
                .get(run.id(1))
                .part2(run.others(1, null))
                .round2Packages()
                .get(run.id(2));

        assertThat(RefreshRound1Package.decode(suite, run.id(1), encoding)).isEqualTo(original);
        assertThat(RefreshRound2Package.decode(suite, run.id(1), secret.encode())
                        .share())
                .isEqualTo(secret.share());
        for (int length = 0; length < encoding.length; length++) {
            byte[] truncated = Arrays.copyOf(encoding, length);
            assertFrostFailure(
                    () -> RefreshRound1Package.decode(suite, run.id(1), truncated),
                    FrostErrorCode.MALFORMED_MESSAGE,
                    run.id(1));
        }
        assertFrostFailure(
                () -> RefreshRound1Package.decode(suite, run.id(2), encoding),
                FrostErrorCode.INCORRECT_PACKAGE,
                run.id(2));
        byte[] identityInC1 = encoding.clone();
        int elementLength = suite.group().elementLength();
        int c1 = MessageWriter.LIFECYCLE_HEADER_LENGTH + 32 + 2 + elementLength;
        byte[] marker = MessageReader.identityMarker(suite.group());
        System.arraycopy(marker, 0, identityInC1, c1, elementLength);
        assertFrostFailure(
                () -> RefreshRound1Package.decode(suite, run.id(1), identityInC1),
                FrostErrorCode.IDENTITY_COMMITMENT,
                run.id(1));
        assertFrostFailure(
                () -> RefreshRound2Package.decode(
                        suite,
                        run.id(1),
                        MessageWriter.start(suite, LifecycleMessageType.DKG_ROUND2, original.sessionId())
                                .toByteArray()),
                FrostErrorCode.MALFORMED_MESSAGE,
                run.id(1));
    }
}
