package dev.custos.node.committee;

import static dev.custos.node.committee.CommitteeFixtures.admins;
import static dev.custos.node.committee.CommitteeFixtures.nodes;
import static dev.custos.node.committee.CommitteeFixtures.quorum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.SigningKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommitteeVerifierTest {
    private final List<SigningKey> admins = admins(3);
    private final AdminQuorum anchor = quorum(2, admins);
    private final List<NodeIdentity> nodes = nodes("a", "b", "c");
    private final Committee first = new Committee(1, anchor, nodes);

    @Test
    void verifyFirst_quorumOfTrustedAdmins_accepts() {
        SignedCommittee signed = SignedCommittee.sign(first, List.of(admins.get(0), admins.get(2)));
        assertThatNoException().isThrownBy(() -> CommitteeVerifier.verifyFirst(signed, anchor));
    }

    @Test
    void verifyFirst_oneSignatureShort_isNotEnough() {
        SignedCommittee signed = SignedCommittee.sign(first, List.of(admins.get(1)));
        assertRefused(
                () -> CommitteeVerifier.verifyFirst(signed, anchor),
                CommitteeError.NOT_ENOUGH_SIGNATURES,
                null,
                "the trusted admins need 2 of 3 signatures, 1 signed committee version 1");
    }

    @Test
    void verifyFirst_sameAdminTwice_isADuplicateNamingTheAdmin() {
        SignedCommittee signed = SignedCommittee.sign(first, List.of(admins.get(1), admins.get(1)));
        assertRefused(
                () -> CommitteeVerifier.verifyFirst(signed, anchor),
                CommitteeError.DUPLICATE_ADMIN,
                admins.get(1),
                "signed more than once");
    }

    @Test
    void verifyFirst_signatureByAStranger_isAnUnknownAdmin() {
        SigningKey stranger = admins(1).get(0);
        SignedCommittee signed = SignedCommittee.sign(first, List.of(admins.get(0), admins.get(1), stranger));
        assertRefused(
                () -> CommitteeVerifier.verifyFirst(signed, anchor),
                CommitteeError.UNKNOWN_ADMIN,
                stranger,
                "who is not an admin");
    }

    @Test
    void verifyFirst_signatureOverAnotherCommittee_isABadSignatureNamingTheAdmin() {
        Committee other = new Committee(1, anchor, nodes("a", "b", "evil"));
        List<AdminSignature> signatures = new ArrayList<>(
                SignedCommittee.sign(first, List.of(admins.get(0))).signatures());
        signatures.add(AdminSignature.sign(other, admins.get(1)));
        SignedCommittee mixed = new SignedCommittee(first, signatures);
        assertRefused(
                () -> CommitteeVerifier.verifyFirst(mixed, anchor),
                CommitteeError.BAD_SIGNATURE,
                admins.get(1),
                "does not verify over committee version 1");
    }

    @Test
    void verifyFirst_membersChangedAfterSigning_isABadSignature() {
        SignedCommittee signed = SignedCommittee.sign(first, List.of(admins.get(0), admins.get(1)));
        SignedCommittee swapped =
                new SignedCommittee(new Committee(1, anchor, nodes("a", "b", "c")), signed.signatures());
        assertThatThrownBy(() -> CommitteeVerifier.verifyFirst(swapped, anchor))
                .isInstanceOfSatisfying(
                        CommitteeException.class, e -> assertThat(e.error()).isEqualTo(CommitteeError.BAD_SIGNATURE));
    }

    @Test
    void verifyFirst_adminsOtherThanTheAnchor_areUntrusted() {
        List<SigningKey> rogue = admins(2);
        Committee self = new Committee(1, quorum(2, rogue), nodes);
        SignedCommittee signed = SignedCommittee.sign(self, rogue);
        assertRefused(
                () -> CommitteeVerifier.verifyFirst(signed, anchor),
                CommitteeError.UNTRUSTED_ADMINS,
                null,
                "names other admins");
    }

    @Test
    void verifyReplacement_higherVersionSignedByCurrentAndNewQuorums_accepts() {
        List<SigningKey> newAdmins = List.of(admins.get(0), admins(1).get(0));
        Committee next = new Committee(2, quorum(2, newAdmins), nodes("a", "b", "d"));
        SignedCommittee signed = SignedCommittee.sign(next, List.of(admins.get(0), admins.get(2), newAdmins.get(1)));
        assertThatNoException().isThrownBy(() -> CommitteeVerifier.verifyReplacement(signed, first));
    }

    @Test
    void verifyReplacement_sameOrLowerVersion_isNotNewer() {
        Committee same = new Committee(1, anchor, nodes("a", "b", "d"));
        SignedCommittee signed = SignedCommittee.sign(same, admins);
        assertRefused(
                () -> CommitteeVerifier.verifyReplacement(signed, first),
                CommitteeError.NOT_NEWER,
                null,
                "committee version 1 is not above the installed version 1");
    }

    @Test
    void verifyReplacement_onlyTheNewAdminsSigned_lacksTheCurrentQuorum() {
        List<SigningKey> newAdmins = admins(2);
        Committee takeover = new Committee(2, quorum(1, newAdmins), nodes);
        SignedCommittee signed = SignedCommittee.sign(takeover, List.of(newAdmins.get(0), admins.get(0)));
        assertRefused(
                () -> CommitteeVerifier.verifyReplacement(signed, first),
                CommitteeError.NOT_ENOUGH_SIGNATURES,
                null,
                "the current admins need 2 of 3 signatures, 1 signed");
    }

    @Test
    void verifyReplacement_newAdminsDidNotAccept_lacksTheNewQuorum() {
        List<SigningKey> newAdmins = admins(2);
        Committee next = new Committee(2, quorum(2, newAdmins), nodes);
        SignedCommittee signed = SignedCommittee.sign(next, List.of(admins.get(0), admins.get(1), newAdmins.get(0)));
        assertRefused(
                () -> CommitteeVerifier.verifyReplacement(signed, first),
                CommitteeError.NOT_ENOUGH_SIGNATURES,
                null,
                "the new admins need 2 of 2 signatures, 1 signed");
    }

    private interface Check {
        void run() throws CommitteeException;
    }

    private static void assertRefused(Check check, CommitteeError error, SigningKey admin, String message) {
        assertThatThrownBy(check::run)
                .isInstanceOfSatisfying(CommitteeException.class, e -> {
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.admin()).isEqualTo(Optional.ofNullable(admin == null ? null : admin.publicKey()));
                })
                .hasMessageContaining(message);
    }
}
