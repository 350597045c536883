package dev.custos.frost.reshare;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.crypto.vss.Polynomial;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import dev.custos.frost.SigningHarness;
import dev.custos.frost.dkg.CeremonyResult;
import dev.custos.frost.dkg.DkgCeremony;
import dev.custos.frost.dkg.DkgOutput;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.dkg.MessageWriter;
import dev.custos.frost.dkg.SessionId;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReshareTest {
    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    /** Dealers 1, 2, 4 of a 3-of-4 group reshare to a 2-of-3 committee {2, 5, 6}, up to the dealing. */
    private record Run(
            CeremonyResult keys, ReshareParameters parameters, SortedMap<Identifier, ReshareDealing> dealings) {
        static Run start(Ciphersuite suite) throws Exception {
            CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 4);
            ReshareParameters parameters = new ReshareParameters(
                    SessionId.random(RANDOM),
                    keys.publicKeyPackage(),
                    LifecycleTesting.identifiers(suite, 1, 2, 4),
                    LifecycleTesting.identifiers(suite, 2, 5, 6),
                    2);
            SortedMap<Identifier, ReshareDealing> dealings = new TreeMap<>();
            for (Identifier dealer : parameters.dealers()) {
                dealings.put(dealer, Reshare.deal(parameters, keys.keyPackages().get(dealer), RANDOM));
            }
            return new Run(keys, parameters, dealings);
        }

        Identifier id(int value) {
            return Identifier.of(parameters.suite(), value);
        }

        List<ReshareCommitment> commitments() {
            return dealings.values().stream().map(ReshareDealing::commitment).toList();
        }

        List<ReshareSubShare> subSharesFor(Identifier recipient) {
            return dealings.values().stream()
                    .map(each -> each.subShares().get(recipient))
                    .toList();
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void reshare_afterDkg_toDisjointLargerCommittee_keepsTheKeyAndNewSharesSign(Ciphersuite suite) throws Exception {
        CeremonyResult old = DkgCeremony.run(suite, 2, 3, RANDOM);
        List<Identifier> committee = LifecycleTesting.identifiers(suite, 10, 11, 12, 13, 14);

        CeremonyResult reshared = ReshareCeremony.run(
                old.publicKeyPackage(),
                LifecycleTesting.select(old.keyPackages(), LifecycleTesting.identifiers(suite, 1, 3)),
                committee,
                3,
                RANDOM);

        PublicKeyPackage publicKeyPackage = reshared.publicKeyPackage();
        Element groupKey = old.publicKeyPackage().verifyingKey().element();
        assertThat(publicKeyPackage.verifyingKey())
                .isEqualTo(old.publicKeyPackage().verifyingKey());
        assertThat(publicKeyPackage.minSigners()).isEqualTo(3);
        assertThat(publicKeyPackage.verifyingShares().keySet()).containsExactlyElementsOf(committee);
        LifecycleTesting.assertConsistent(reshared.keyPackages(), publicKeyPackage);
        LifecycleTesting.signAndVerify(reshared.keyPackages(), publicKeyPackage, committee.subList(1, 4));
        assertThat(LifecycleTesting.combineSigningShares(reshared.keyPackages(), committee.subList(2, 5)))
                .isEqualTo(groupKey);
        assertThat(LifecycleTesting.combineSigningShares(reshared.keyPackages(), committee.subList(0, 2)))
                .isNotEqualTo(groupKey);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void reshare_toOverlappingSmallerCommittee_oldSharesAreUselessWithTheNewPackage(Ciphersuite suite)
            throws Exception {
        CeremonyResult old = LifecycleTesting.dealer(suite, 3, 4);
        List<Identifier> committee = LifecycleTesting.identifiers(suite, 2, 3, 5);

        CeremonyResult reshared = ReshareCeremony.run(
                old.publicKeyPackage(),
                LifecycleTesting.select(old.keyPackages(), LifecycleTesting.identifiers(suite, 2, 3, 4)),
                committee,
                2,
                RANDOM);

        PublicKeyPackage publicKeyPackage = reshared.publicKeyPackage();
        assertThat(publicKeyPackage.verifyingKey())
                .isEqualTo(old.publicKeyPackage().verifyingKey());
        LifecycleTesting.signAndVerify(reshared.keyPackages(), publicKeyPackage, committee.subList(0, 2));
        SortedMap<Identifier, KeyPackage> withOld = new TreeMap<>(reshared.keyPackages());
        Identifier two = committee.get(0);
        withOld.put(two, old.keyPackages().get(two));
        assertThat(LifecycleTesting.combineSigningShares(withOld, committee.subList(0, 2)))
                .isNotEqualTo(publicKeyPackage.verifyingKey().element());
        // Even relabelled with the new threshold, the old share of 2 does not match 2's new verifying share.
        KeyPackage oldTwo = old.keyPackages().get(two);
        withOld.put(
                two, KeyPackage.create(two, oldTwo.signingShare(), oldTwo.verifyingShare(), oldTwo.verifyingKey(), 2));
        SigningHarness mixed = new SigningHarness(suite, withOld, publicKeyPackage);
        assertFrostFailure(
                () -> mixed.signAndAggregate(committee.subList(0, 2), LifecycleTesting.MESSAGE, RANDOM),
                FrostErrorCode.INVALID_SIGNATURE_SHARE,
                two);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void receive_wrongConstantTerm_namesTheDealer(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        Identifier cheater = run.id(2);
        // A self-consistent dealing of lambda_2 * s_2 + 1: every sub-share matches the commitment, only C_0 is wrong.
        Scalar weighted = run.parameters()
                .dealerWeight(cheater)
                .multiply(run.keys().keyPackages().get(cheater).signingShare().scalar())
                .add(suite.scalarField().one());
        Polynomial polynomial = Polynomial.withConstant(weighted, 2, RANDOM);
        SessionId session = run.parameters().sessionId();
        List<ReshareCommitment> commitments = new ArrayList<>(run.commitments());
        commitments.set(1, new ReshareCommitment(suite, session, cheater, polynomial.commit(suite.group())));
        Identifier recipient = run.id(5);
        List<ReshareSubShare> subShares = new ArrayList<>(run.subSharesFor(recipient));
        subShares.set(
                1, new ReshareSubShare(suite, session, cheater, recipient, polynomial.evaluate(recipient.value())));

        assertFrostFailure(
                () -> Reshare.receive(run.parameters(), recipient, commitments, subShares),
                FrostErrorCode.INVALID_CONSTANT_TERM,
                cheater);
        assertFrostFailure(
                () -> Reshare.publicKeyPackage(run.parameters(), commitments),
                FrostErrorCode.INVALID_CONSTANT_TERM,
                cheater);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void receive_inconsistentSubShare_namesTheDealer(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        Identifier recipient = run.id(6);
        List<ReshareSubShare> subShares = new ArrayList<>(run.subSharesFor(recipient));
        ReshareSubShare honest = subShares.get(2);
        subShares.set(
                2,
                new ReshareSubShare(
                        suite,
                        honest.sessionId(),
                        honest.sender(),
                        recipient,
                        honest.subShare().add(suite.scalarField().one())));

        assertFrostFailure(
                () -> Reshare.receive(run.parameters(), recipient, run.commitments(), subShares),
                FrostErrorCode.INVALID_SECRET_SHARE,
                run.id(4));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void receive_malformedCommitments_nameTheDealer(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        ReshareCommitment honest = run.commitments().get(0);
        List<Element> longer = new ArrayList<>(honest.commitment().coefficients());
        longer.add(suite.group().generator());
        List<Element> withIdentity = new ArrayList<>(honest.commitment().coefficients());
        withIdentity.set(1, suite.group().identity());
        Identifier recipient = run.id(2);

        for (List<Element> bad : List.of(longer, withIdentity)) {
            List<ReshareCommitment> commitments = new ArrayList<>(run.commitments());
            commitments.set(
                    0, new ReshareCommitment(suite, honest.sessionId(), honest.sender(), new FeldmanCommitment(bad)));
            assertFrostFailure(
                    () -> Reshare.receive(run.parameters(), recipient, commitments, run.subSharesFor(recipient)),
                    bad.equals(longer)
                            ? FrostErrorCode.INCORRECT_NUMBER_OF_COMMITMENTS
                            : FrostErrorCode.IDENTITY_COMMITMENT,
                    run.id(1));
        }
        List<ReshareCommitment> outsider = new ArrayList<>(run.commitments());
        outsider.set(0, new ReshareCommitment(suite, honest.sessionId(), run.id(3), honest.commitment()));
        assertFrostFailure(
                () -> Reshare.receive(run.parameters(), recipient, outsider, run.subSharesFor(recipient)),
                FrostErrorCode.UNKNOWN_IDENTIFIER,
                run.id(3));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void receive_observersAndParticipants_agreeOnThePublicKeyPackage(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        PublicKeyPackage observed = Reshare.publicKeyPackage(run.parameters(), run.commitments());

        for (Identifier participant : run.parameters().newParticipants()) {
            DkgOutput output =
                    Reshare.receive(run.parameters(), participant, run.commitments(), run.subSharesFor(participant));
            assertThat(output.publicKeyPackage()).isEqualTo(observed);
        }
        assertThat(observed.verifyingKey())
                .isEqualTo(run.keys().publicKeyPackage().verifyingKey());
    }

    @Test
    void parametersAndKeys_invalidConfigurations_areRejected() throws Exception {
        Ciphersuite suite = Ciphersuites.secp256k1Taproot();
        CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 4);
        SessionId session = SessionId.random(RANDOM);
        List<Identifier> dealers = LifecycleTesting.identifiers(suite, 1, 2, 3);
        List<Identifier> committee = LifecycleTesting.identifiers(suite, 7, 8);

        assertThatThrownBy(() ->
                        new ReshareParameters(session, keys.publicKeyPackage(), dealers.subList(0, 2), committee, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReshareParameters(session, keys.publicKeyPackage(), dealers, committee, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReshareParameters(
                        session, keys.publicKeyPackage(), LifecycleTesting.identifiers(suite, 1, 2, 9), committee, 2))
                .isInstanceOf(IllegalArgumentException.class);
        ReshareParameters parameters = new ReshareParameters(session, keys.publicKeyPackage(), dealers, committee, 2);
        assertFrostFailure(
                () -> Reshare.deal(parameters, keys.keyPackages().get(Identifier.of(suite, 4)), RANDOM),
                FrostErrorCode.UNKNOWN_IDENTIFIER);
        assertFrostFailure(
                () -> Reshare.receive(parameters, Identifier.of(suite, 1), List.of(), List.of()),
                FrostErrorCode.UNKNOWN_IDENTIFIER);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void messages_roundTripAndDecodeStrictly(Ciphersuite suite) throws Exception {
        Run run = Run.start(suite);
        ReshareCommitment commitment = run.commitments().get(1);
        Identifier from = commitment.sender();
        byte[] encoding = commitment.encode();
        ReshareSubShare subShare = run.subSharesFor(run.id(5)).get(1);

        assertThat(ReshareCommitment.decode(suite, from, encoding)).isEqualTo(commitment);
        assertThat(ReshareSubShare.decode(suite, from, subShare.encode()).subShare())
                .isEqualTo(subShare.subShare());
        for (int length = 0; length < encoding.length; length++) {
            byte[] truncated = Arrays.copyOf(encoding, length);
            assertFrostFailure(
                    () -> ReshareCommitment.decode(suite, from, truncated), FrostErrorCode.MALFORMED_MESSAGE, from);
        }
        byte[] trailing = Arrays.copyOf(encoding, encoding.length + 1);
        assertFrostFailure(
                () -> ReshareCommitment.decode(suite, from, trailing), FrostErrorCode.MALFORMED_MESSAGE, from);
        assertFrostFailure(
                () -> ReshareCommitment.decode(suite, run.id(4), encoding),
                FrostErrorCode.INCORRECT_PACKAGE,
                run.id(4));
        byte[] share = subShare.encode();
        Arrays.fill(share, share.length - 32, share.length, (byte) 0xFF);
        assertFrostFailure(() -> ReshareSubShare.decode(suite, from, share), FrostErrorCode.MALFORMED_MESSAGE, from);
        byte[] wrongType = encoding.clone();
        wrongType[2] = (byte) 0x41;
        assertFrostFailure(
                () -> ReshareCommitment.decode(suite, from, wrongType), FrostErrorCode.MALFORMED_MESSAGE, from);
        assertThat(encoding.length)
                .isEqualTo(
                        MessageWriter.HEADER_LENGTH + 32 + 2 + 2 * suite.group().elementLength());
    }
}
