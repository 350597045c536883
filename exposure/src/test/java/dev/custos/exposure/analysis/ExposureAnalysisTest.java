package dev.custos.exposure.analysis;

import static dev.custos.exposure.People.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.exposure.ExposureInputException;
import dev.custos.exposure.ExposureLimitException;
import dev.custos.exposure.People;
import dev.custos.exposure.committee.Committee;
import dev.custos.exposure.committee.SigningSet;
import dev.custos.exposure.powers.PolicyPowers;
import dev.custos.exposure.powers.TransferRequirement;
import dev.custos.exposure.registry.Employment;
import dev.custos.exposure.registry.Role;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExposureAnalysisTest {
    private static final Map<String, Integer> NO_APPROVALS = Map.of();

    private static WalletExposure only(People people, PolicyPowers powers, Committee committee) {
        ExposureReport report = ExposureAnalysis.analyse(people.registry(), powers, committee, NOW);
        assertThat(report.wallets()).hasSize(1);
        return report.wallets().getFirst();
    }

    private static People admins(People people) {
        return people.approver("ada", "admin").approver("abe", "admin").approver("ava", "admin");
    }

    @Test
    void signOutsidePolicy_oneOperatorPerNode_needsThreshold() {
        People people = admins(new People()
                .operator("olga", "n1")
                .operator("omar", "n2")
                .operator("otto", "n3")
                .initiator("ivan"));

        WalletExposure wallet =
                only(people, people.powers("hot-eth", NO_APPROVALS, 2, 86_400), People.committee(2, "n1", "n2", "n3"));

        assertThat(wallet.signOutsidePolicy().people()).hasValue(2);
        assertThat(wallet.signOutsidePolicy().example()).containsExactly("olga", "omar");
        assertThat(wallet.singlePointsOfFailure())
                .noneMatch(point -> point.figures().contains("sign_outside_policy"));
    }

    @Test
    void signOutsidePolicy_personOperatingTwoNodes_countsOnceAndIsSinglePoint() {
        People people = admins(
                new People().operator("olga", "n1", "n2").operator("otto", "n3").initiator("ivan"));

        WalletExposure wallet =
                only(people, people.powers("hot-eth", NO_APPROVALS, 2, 86_400), People.committee(2, "n1", "n2", "n3"));

        assertThat(wallet.signOutsidePolicy().people()).hasValue(1);
        assertThat(wallet.signOutsidePolicy().example()).containsExactly("olga");
        assertThat(wallet.singlePointsOfFailure()).contains(new SinglePoint("olga", List.of("sign_outside_policy")));
    }

    @Test
    void signOutsidePolicy_sharedHost_givesEveryoneWithLoginItsNodes() {
        People people = admins(new People()
                .resource("host-a", List.of("n1", "n2"), List.of())
                .resource("host-b", List.of("n3"), List.of())
                .person("olga", Set.of(Role.OPERATOR), List.of(), List.of("host-a"))
                .person("omar", Set.of(Role.OPERATOR), List.of(), List.of("host-a"))
                .person("otto", Set.of(Role.OPERATOR), List.of(), List.of("host-b"))
                .initiator("ivan"));

        WalletExposure wallet =
                only(people, people.powers("w", NO_APPROVALS, 2, 86_400), People.committee(3, "n1", "n2", "n3"));

        assertThat(wallet.signOutsidePolicy().people()).hasValue(2);
        assertThat(wallet.signOutsidePolicy().example()).containsExactly("olga", "otto");
    }

    @Test
    void signOutsidePolicy_cloudAccountContainingHosts_controlsEveryNodeInside() {
        People people = admins(new People()
                .resource("host-a", List.of("n1"), List.of())
                .resource("host-b", List.of("n2"), List.of())
                .resource("aws-prod", List.of(), List.of("host-a", "host-b"))
                .resource("org-root", List.of(), List.of("aws-prod"))
                .operator("olga", "n1")
                .operator("omar", "n2")
                .person("carl", Set.of(Role.ADMIN), List.of(), List.of("org-root"))
                .initiator("ivan"));

        WalletExposure wallet =
                only(people, people.powers("w", NO_APPROVALS, 2, 86_400), People.committee(2, "n1", "n2", "n3"));

        assertThat(wallet.signOutsidePolicy().people()).hasValue(1);
        assertThat(wallet.singlePointsOfFailure())
                .extracting(SinglePoint::person)
                .contains("carl");
    }

    @Test
    void signOutsidePolicy_nobodyReachesThreshold_isUnreachableWithReason() {
        People people = admins(new People().operator("olga", "n1").initiator("ivan"));

        WalletExposure wallet =
                only(people, people.powers("w", NO_APPROVALS, 2, 86_400), People.committee(2, "n1", "n2", "n3"));

        assertThat(wallet.signOutsidePolicy().people()).isEmpty();
        assertThat(wallet.signOutsidePolicy().note()).contains("1 of 3 nodes").contains("2 sign");
    }

    @Test
    void passPolicy_personInTwoGroups_countsOnce() {
        People people = admins(new People()
                .initiator("ivan")
                .approver("bob", "treasury")
                .approver("cleo", "treasury", "security")
                .approver("dora", "security"));

        WalletExposure wallet = only(
                people, people.powers("w", Map.of("treasury", 2, "security", 1), 2, 86_400), People.committee(1, "n1"));

        assertThat(wallet.passPolicy().people()).hasValue(3);
        assertThat(wallet.passPolicy().example()).containsExactly("ivan", "bob", "cleo");
    }

    @Test
    void passPolicy_initiatorCannotApproveOwnRequest() {
        People people = admins(new People()
                .person("cleo", Set.of(Role.INITIATOR, Role.APPROVER), List.of(), List.of())
                .approver("bob", "treasury")
                .approver("cleo", "treasury", "security")
                .approver("dora", "security")
                .approver("erin", "treasury"));

        WalletExposure wallet = only(
                people, people.powers("w", Map.of("treasury", 2, "security", 1), 2, 86_400), People.committee(1, "n1"));

        // cleo is the only initiator: her approval does not count, so bob and erin (treasury) and dora (security).
        assertThat(wallet.passPolicy().people()).hasValue(4);
        assertThat(wallet.passPolicy().example()).containsExactly("cleo", "bob", "dora", "erin");
    }

    @Test
    void passPolicy_sharedDeviceKey_onePersonApprovesAsBothNames() {
        People people = admins(new People()
                .initiator("ivan")
                .approverWithKey("bob", "shared", "treasury")
                .approverWithKey("erin", "shared", "treasury")
                .approver("finn", "treasury"));

        ExposureReport report = ExposureAnalysis.analyse(
                people.registry(),
                people.powers("w", Map.of("treasury", 2), 2, 86_400),
                People.committee(1, "n1"),
                NOW);

        assertThat(report.wallets().getFirst().passPolicy().people()).hasValue(2);
        assertThat(report.findings()).extracting(Finding::code).contains("shared_device_key");
    }

    @Test
    void passPolicy_initiatorSharingKeyWithAnotherApprover_approvesUnderTheOtherName() {
        People people = admins(new People()
                .person("ivan", Set.of(Role.INITIATOR), List.of(), List.of())
                .approverWithKey("ivan", "shared", "treasury")
                .approverWithKey("bob", "shared", "treasury"));

        WalletExposure wallet =
                only(people, people.powers("w", Map.of("treasury", 1), 2, 86_400), People.committee(1, "n1"));

        assertThat(wallet.passPolicy().people()).hasValue(1);
        assertThat(wallet.singlePointsOfFailure()).contains(new SinglePoint("ivan", List.of("pass_policy")));
    }

    @Test
    void passPolicy_noApprovalsNeeded_everyInitiatorIsSinglePoint() {
        People people = admins(new People().initiator("ivan").initiator("jane"));

        WalletExposure wallet = only(people, people.powers("w", NO_APPROVALS, 2, 86_400), People.committee(1, "n1"));

        assertThat(wallet.passPolicy().people()).hasValue(1);
        assertThat(wallet.singlePointsOfFailure())
                .extracting(SinglePoint::person)
                .containsExactly("ivan", "jane");
    }

    @Test
    void passPolicy_departedInitiator_cannotInitiate() {
        People people = admins(new People()
                .person(
                        "ivan",
                        Set.of(Role.INITIATOR),
                        Employment.LEFT,
                        Optional.of(People.VETTED),
                        List.of(),
                        List.of())
                .approver("bob", "treasury"));

        WalletExposure wallet =
                only(people, people.powers("w", Map.of("treasury", 1), 2, 86_400), People.committee(1, "n1"));

        assertThat(wallet.passPolicy().people()).isEmpty();
        assertThat(wallet.passPolicy().note()).contains("nobody in the registry can initiate");
    }

    @Test
    void passPolicy_departedApproverStillInPolicy_stillCountsAndIsReported() {
        People people = admins(new People()
                .initiator("ivan")
                .person(
                        "bob",
                        Set.of(Role.APPROVER),
                        Employment.LEFT,
                        Optional.of(People.VETTED),
                        List.of(),
                        List.of("host-a"))
                .resource("host-a", List.of("n1"), List.of())
                .approver("bob", "treasury"));

        ExposureReport report = ExposureAnalysis.analyse(
                people.registry(),
                people.powers("w", Map.of("treasury", 1), 2, 86_400),
                People.committee(1, "n1"),
                NOW);

        assertThat(report.wallets().getFirst().passPolicy().people()).hasValue(2);
        assertThat(report.findings())
                .extracting(Finding::code)
                .contains("left_still_approver", "left_still_controls_nodes");
        assertThat(report.findings())
                .filteredOn(finding -> finding.code().equals("left_still_approver"))
                .singleElement()
                .satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.HIGH));
    }

    @Test
    void findings_expiredOrMissingVetting_areReportedButPowersStillCount() {
        People people = admins(new People()
                .person("ivan", Set.of(Role.INITIATOR), Employment.ACTIVE, Optional.empty(), List.of(), List.of())
                .person(
                        "bob",
                        Set.of(Role.APPROVER),
                        Employment.ACTIVE,
                        Optional.of(new dev.custos.exposure.registry.Vetting("basic", NOW.minusSeconds(1), "")),
                        List.of(),
                        List.of())
                .approver("bob", "treasury"));

        ExposureReport report = ExposureAnalysis.analyse(
                people.registry(),
                people.powers("w", Map.of("treasury", 1), 2, 86_400),
                People.committee(1, "n1"),
                NOW);

        assertThat(report.wallets().getFirst().passPolicy().example()).containsExactly("ivan", "bob");
        assertThat(report.findings())
                .extracting(Finding::code, Finding::subject)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("not_vetted", "ivan"),
                        org.assertj.core.groups.Tuple.tuple("vetting_expired", "bob"),
                        org.assertj.core.groups.Tuple.tuple("unregistered_approver", "ada"));
    }

    @Test
    void passPolicy_frozenWallet_isUnreachable() {
        People people = admins(new People().initiator("ivan"));
        PolicyPowers powers = new PolicyPowers(
                3,
                people.powers("w", NO_APPROVALS, 2, 0).approvers(),
                2,
                0,
                List.of(TransferRequirement.impossible("w", "the wallet is frozen")));

        WalletExposure wallet = only(people, powers, People.committee(1, "n1"));

        assertThat(wallet.passPolicy().people()).isEmpty();
        assertThat(wallet.passPolicy().note()).isEqualTo("the wallet is frozen");
    }

    @Test
    void changePolicy_adminQuorum_withItsTimeLock() {
        People people = admins(new People().initiator("ivan"));

        WalletExposure wallet = only(people, people.powers("w", NO_APPROVALS, 2, 86_400), People.committee(1, "n1"));

        assertThat(wallet.changePolicy().people()).hasValue(2);
        assertThat(wallet.changePath()).isEqualTo(ChangePath.POLICY_GOVERNANCE);
        assertThat(wallet.timeLockSeconds()).isEqualTo(86_400);
    }

    @Test
    void changePolicy_committeeAdminsWithLowerThreshold_isTheEasierPathWithoutTimeLock() {
        People people = admins(new People().initiator("ivan"));
        Committee committee =
                new Committee(Optional.of(new SigningSet(List.of("n1"), 1)), Map.of(), List.of("ada", "carl"), 1);

        ExposureReport report = ExposureAnalysis.analyse(
                people.registry(), people.powers("w", NO_APPROVALS, 2, 86_400), committee, NOW);

        WalletExposure wallet = report.wallets().getFirst();
        assertThat(wallet.changePolicy().people()).hasValue(1);
        assertThat(wallet.changePath()).isEqualTo(ChangePath.COMMITTEE_ADMINS);
        assertThat(wallet.timeLockSeconds()).isZero();
        assertThat(report.changePaths())
                .extracting(ChangePath::path)
                .containsExactly(ChangePath.COMMITTEE_ADMINS, ChangePath.POLICY_GOVERNANCE);
        assertThat(wallet.singlePointsOfFailure())
                .extracting(SinglePoint::person)
                .contains("ada", "carl");
    }

    @Test
    void changePolicy_tooFewAdmins_isUnreachable() {
        People people = new People().initiator("ivan").approver("ada", "admin");

        WalletExposure wallet = only(people, people.powers("w", NO_APPROVALS, 2, 86_400), People.committee(1, "n1"));

        assertThat(wallet.changePolicy().people()).isEmpty();
        assertThat(wallet.changePolicy().note()).isEqualTo("the policy has 1 admins for an admin quorum of 2");
    }

    @Test
    void analyse_walletWithoutSigningSet_namesIt() {
        People people = admins(new People().initiator("ivan"));
        Committee committee =
                new Committee(Optional.empty(), Map.of("other", new SigningSet(List.of("n1"), 1)), List.of(), 0);

        assertThatThrownBy(() -> ExposureAnalysis.analyse(
                        people.registry(), people.powers("w", NO_APPROVALS, 2, 0), committee, NOW))
                .isInstanceOf(ExposureInputException.class)
                .hasMessageContaining("committee.wallets.other");
    }

    @Test
    void analyse_tooLargeForTheBudget_saysSoInsteadOfGuessing() {
        People people = admins(new People().initiator("ivan"));
        for (int i = 0; i < 30; i++) {
            people.operator("op" + i, "n" + (i % 20), "n" + ((i * 7 + 3) % 20));
        }
        String[] nodes = new String[20];
        for (int i = 0; i < 20; i++) {
            nodes[i] = "n" + i;
        }

        assertThatThrownBy(() -> ExposureAnalysis.analyse(
                        people.registry(),
                        people.powers("w", NO_APPROVALS, 2, 0),
                        People.committee(15, nodes),
                        NOW,
                        10))
                .isInstanceOf(ExposureLimitException.class)
                .hasMessageContaining("sign_outside_policy of w")
                .hasMessageContaining("too large for an exact answer");
    }
}
