package dev.custos.frost.repair;

import static dev.custos.frost.FrostAssertions.assertFrostFailure;
import static dev.custos.frost.dkg.LifecycleTesting.RANDOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.dkg.LifecycleTesting;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.lifecycle.CeremonyResult;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A repair's messages are bound to the authorization it runs under, and helpers only act for requests naming them. */
class RepairAuthorizationTest {
    static Stream<Ciphersuite> suites() {
        return Ciphersuites.all().stream();
    }

    /** All messages of one repair of participant 2 by helpers 1, 4, 5 of a 3-of-5 group. */
    private record Messages(List<RepairDeltaCommitments> commitments, List<RepairSigma> sigmas) {
        static Messages produce(RepairParameters parameters, SortedMap<Identifier, KeyPackage> keys) throws Exception {
            SortedMap<Identifier, RepairDeltas> deltas = new TreeMap<>();
            for (Identifier helper : parameters.helpers()) {
                deltas.put(helper, Repair.part1(parameters, keys.get(helper), RANDOM));
            }
            List<RepairDeltaCommitments> commitments =
                    deltas.values().stream().map(RepairDeltas::commitments).toList();
            List<RepairSigma> sigmas = new ArrayList<>();
            for (Identifier helper : parameters.helpers()) {
                List<RepairDelta> inbox = deltas.values().stream()
                        .map(each -> each.deltas().get(helper))
                        .toList();
                sigmas.add(Repair.part2(parameters, helper, commitments, inbox));
            }
            return new Messages(commitments, sigmas);
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_matchingAuthorization_restoresTheShare(Ciphersuite suite) throws Exception {
        CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 5);
        Identifier lost = Identifier.of(suite, 2);
        RepairAuthorization authorization = TestAuthorizations.of(lost, LifecycleTesting.identifiers(suite, 1, 4, 5));
        SessionId session = SessionId.random(RANDOM);
        RepairParameters helpers = new RepairParameters(session, keys.publicKeyPackage(), authorization);
        Messages messages = Messages.produce(helpers, keys.keyPackages());
        // The repaired participant builds its parameters independently from the same verified request.
        RepairParameters repaired = new RepairParameters(
                session,
                keys.publicKeyPackage(),
                new RepairAuthorization(
                        authorization.requestDigest(), lost, LifecycleTesting.identifiers(suite, 5, 4, 1)));

        KeyPackage share = Repair.part3(repaired, messages.commitments(), messages.sigmas());

        assertThat(repaired.boundSessionId()).isEqualTo(helpers.boundSessionId());
        assertThat(messages.sigmas().get(0).sessionId()).isEqualTo(helpers.boundSessionId());
        assertThat(share.signingShare()
                        .equalsSecret(keys.keyPackages().get(lost).signingShare()))
                .isTrue();
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part3_messagesOfAnotherRequestParticipantOrHelperSet_areSessionMismatch(Ciphersuite suite) throws Exception {
        CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 5);
        List<Identifier> helpers = LifecycleTesting.identifiers(suite, 1, 4, 5);
        Identifier lost = Identifier.of(suite, 2);
        RepairAuthorization authorized = TestAuthorizations.of(lost, helpers);
        SessionId session = SessionId.random(RANDOM);
        Messages messages = Messages.produce(
                new RepairParameters(session, keys.publicKeyPackage(), authorized), keys.keyPackages());
        List<RepairAuthorization> others = List.of(
                TestAuthorizations.of(lost, helpers),
                new RepairAuthorization(authorized.requestDigest(), Identifier.of(suite, 3), helpers),
                new RepairAuthorization(
                        authorized.requestDigest(), lost, LifecycleTesting.identifiers(suite, 1, 3, 4, 5)));
        Identifier first = helpers.get(0);

        for (RepairAuthorization other : others) {
            RepairParameters elsewhere = new RepairParameters(session, keys.publicKeyPackage(), other);
            assertThat(elsewhere.boundSessionId())
                    .isNotEqualTo(messages.sigmas().get(0).sessionId());
            assertFrostFailure(
                    () -> Repair.part3(elsewhere, messages.commitments(), messages.sigmas()),
                    FrostErrorCode.SESSION_MISMATCH,
                    first);
        }
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part2_deltasOrCommitmentsOfAnotherAuthorization_areSessionMismatch(Ciphersuite suite) throws Exception {
        CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 5);
        List<Identifier> helpers = LifecycleTesting.identifiers(suite, 1, 4, 5);
        Identifier lost = Identifier.of(suite, 2);
        SessionId session = SessionId.random(RANDOM);
        RepairParameters authorized =
                new RepairParameters(session, keys.publicKeyPackage(), TestAuthorizations.of(lost, helpers));
        RepairParameters other =
                new RepairParameters(session, keys.publicKeyPackage(), TestAuthorizations.of(lost, helpers));
        List<RepairDeltas> underAuthorized = new ArrayList<>();
        List<RepairDeltas> underOther = new ArrayList<>();
        for (Identifier helper : helpers) {
            underAuthorized.add(Repair.part1(authorized, keys.keyPackages().get(helper), RANDOM));
            underOther.add(Repair.part1(other, keys.keyPackages().get(helper), RANDOM));
        }
        Identifier self = helpers.get(1);
        List<RepairDeltaCommitments> otherCommitments =
                underOther.stream().map(RepairDeltas::commitments).toList();
        List<RepairDelta> authorizedDeltas =
                underAuthorized.stream().map(each -> each.deltas().get(self)).toList();
        List<RepairDeltaCommitments> authorizedCommitments =
                underAuthorized.stream().map(RepairDeltas::commitments).toList();

        assertFrostFailure(
                () -> Repair.part2(other, self, otherCommitments, authorizedDeltas),
                FrostErrorCode.SESSION_MISMATCH,
                helpers.get(0));
        assertFrostFailure(
                () -> Repair.part2(other, self, authorizedCommitments, authorizedDeltas),
                FrostErrorCode.SESSION_MISMATCH,
                helpers.get(0));
        RepairSigma sigma = Repair.part2(authorized, self, authorizedCommitments, authorizedDeltas);
        assertThat(sigma.sessionId()).isEqualTo(authorized.boundSessionId());
    }

    @ParameterizedTest
    @MethodSource("suites")
    void part1AndPart2_helperNotNamedByTheAuthorization_isUnknownIdentifier(Ciphersuite suite) throws Exception {
        CeremonyResult keys = LifecycleTesting.dealer(suite, 3, 5);
        RepairParameters parameters = new RepairParameters(
                SessionId.random(RANDOM),
                keys.publicKeyPackage(),
                TestAuthorizations.of(Identifier.of(suite, 2), LifecycleTesting.identifiers(suite, 1, 4, 5)));
        Identifier outsider = Identifier.of(suite, 3);

        assertFrostFailure(
                () -> Repair.part1(parameters, keys.keyPackages().get(outsider), RANDOM),
                FrostErrorCode.UNKNOWN_IDENTIFIER);
        assertFrostFailure(
                () -> Repair.part2(parameters, outsider, List.of(), List.of()), FrostErrorCode.UNKNOWN_IDENTIFIER);
    }

    @Test
    void ceremony_helperKeysNotTheAuthorizedHelpers_isRejected() throws Exception {
        Ciphersuite suite = Ciphersuites.ed25519();
        CeremonyResult keys = LifecycleTesting.dealer(suite, 2, 4);
        RepairAuthorization authorization =
                TestAuthorizations.of(Identifier.of(suite, 2), LifecycleTesting.identifiers(suite, 1, 3));

        assertThatThrownBy(() -> RepairCeremony.run(
                        keys.publicKeyPackage(),
                        authorization,
                        LifecycleTesting.select(keys.keyPackages(), LifecycleTesting.identifiers(suite, 1, 4)),
                        RANDOM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authorization");
    }

    @Test
    void constructor_invalidRequests_areRejectedAndTheDigestIsCopied() {
        Ciphersuite suite = Ciphersuites.secp256k1();
        Identifier lost = Identifier.of(suite, 2);
        List<Identifier> helpers = LifecycleTesting.identifiers(suite, 3, 1);
        byte[] digest = new byte[RepairAuthorization.DIGEST_LENGTH];
        RepairAuthorization authorization = new RepairAuthorization(digest, lost, helpers);
        RepairAuthorization same = new RepairAuthorization(digest.clone(), lost, helpers.reversed());

        digest[0] = 1;
        authorization.requestDigest()[1] = 1;

        assertThat(authorization.requestDigest()).isEqualTo(new byte[RepairAuthorization.DIGEST_LENGTH]);
        assertThat(authorization.helpers()).isEqualTo(LifecycleTesting.identifiers(suite, 1, 3));
        assertThat(authorization).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(authorization.namesHelper(Identifier.of(suite, 3))).isTrue();
        assertThat(authorization.namesHelper(lost)).isFalse();
        assertThatThrownBy(() -> new RepairAuthorization(new byte[31], lost, helpers))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepairAuthorization(digest, lost, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepairAuthorization(digest, lost, LifecycleTesting.identifiers(suite, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepairAuthorization(digest, lost, LifecycleTesting.identifiers(suite, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RepairAuthorization(
                        digest, lost, LifecycleTesting.identifiers(Ciphersuites.ed25519(), 1, 3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
