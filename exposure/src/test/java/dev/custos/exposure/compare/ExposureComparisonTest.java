package dev.custos.exposure.compare;

import static dev.custos.exposure.People.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.exposure.People;
import dev.custos.exposure.analysis.ExposureAnalysis;
import dev.custos.exposure.analysis.ExposureReport;
import dev.custos.exposure.analysis.Finding;
import dev.custos.exposure.analysis.Severity;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExposureComparisonTest {
    private static People team() {
        return new People()
                .operator("olga", "n1")
                .operator("omar", "n2")
                .operator("otto", "n3")
                .initiator("ivan")
                .approver("bob", "treasury")
                .approver("cleo", "treasury")
                .approver("ada", "admin")
                .approver("abe", "admin");
    }

    private static ExposureReport report(People people, int adminQuorum, long timeLock) {
        return ExposureAnalysis.analyse(
                people.registry(),
                people.powers("hot-eth", Map.of("treasury", 2), adminQuorum, timeLock),
                People.committee(2, "n1", "n2", "n3"),
                NOW);
    }

    @Test
    void compare_operatorTakesOverASecondNode_lowersSignFigureBelowFloor() {
        ExposureReport before = report(team(), 2, 86_400);
        People after = new People()
                .operator("olga", "n1", "n2")
                .operator("otto", "n3")
                .initiator("ivan")
                .approver("bob", "treasury")
                .approver("cleo", "treasury")
                .approver("ada", "admin")
                .approver("abe", "admin");

        ExposureComparison comparison =
                ExposureComparison.compare(before, report(after, 2, 86_400), FloorCheck.DEFAULT_FLOOR);

        assertThat(comparison.changes()).singleElement().satisfies(change -> {
            assertThat(change.figure()).isEqualTo("sign_outside_policy");
            assertThat(change.before()).hasValue(2);
            assertThat(change.after()).hasValue(1);
            assertThat(change.sentence())
                    .isEqualTo("this change lowers the people needed to sign from hot-eth outside the policy"
                            + " from 2 to 1");
        });
        assertThat(comparison.findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("lowered_below_floor", Severity.HIGH),
                        org.assertj.core.groups.Tuple.tuple("new_single_point_of_failure", Severity.HIGH));
    }

    @Test
    void compare_approverRemoved_lowersNothingButAnApproverAdded_isNoFinding() {
        People more = team().approver("dan", "treasury");

        ExposureComparison comparison =
                ExposureComparison.compare(report(team(), 2, 86_400), report(more, 2, 86_400), 2);

        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.findings()).isEmpty();
    }

    @Test
    void compare_quorumLowered_lowersPassFigureFromThreeToTwo() {
        People people = team();
        ExposureReport before = report(people, 2, 86_400);
        ExposureReport after = ExposureAnalysis.analyse(
                people.registry(),
                people.powers("hot-eth", Map.of("treasury", 1), 2, 86_400),
                People.committee(2, "n1", "n2", "n3"),
                NOW);

        ExposureComparison comparison = ExposureComparison.compare(before, after, 2);

        assertThat(comparison.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
            assertThat(finding.code()).isEqualTo("lowered");
            assertThat(finding.message())
                    .isEqualTo(
                            "this change lowers the people needed to move hot-eth under the policy from 3" + " to 2");
        });
    }

    @Test
    void compare_timeLockShortened_isReported() {
        ExposureComparison comparison =
                ExposureComparison.compare(report(team(), 2, 86_400), report(team(), 2, 600), 2);

        assertThat(comparison.changes()).isEmpty();
        assertThat(comparison.findings())
                .singleElement()
                .satisfies(finding -> assertThat(finding.message())
                        .contains("shortens the time lock")
                        .contains("from 86400 s to 600 s"));
    }

    @Test
    void compare_adminQuorumRaised_isLowSeverityRaise() {
        People people = team().approver("ava", "admin");

        ExposureComparison comparison =
                ExposureComparison.compare(report(people, 2, 86_400), report(people, 3, 86_400), 2);

        assertThat(comparison.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("raised");
            assertThat(finding.severity()).isEqualTo(Severity.LOW);
        });
    }

    @Test
    void floorCheck_figureOfOne_isHighFindingNamingThePerson() {
        People people = team().approver("dan", "admin");
        ExposureReport report = ExposureAnalysis.analyse(
                people.registry(),
                people.powers("hot-eth", Map.of("treasury", 2), 1, 86_400),
                People.committee(2, "n1", "n2", "n3"),
                NOW);

        assertThat(FloorCheck.check(report, FloorCheck.DEFAULT_FLOOR))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
                    assertThat(finding.message()).isEqualTo("hot-eth: change_policy is 1, below the floor of 2 (abe)");
                });
        assertThat(FloorCheck.check(report, 4)).hasSize(3);
    }

    @Test
    void floorCheck_unreachableFigure_isNoViolation_andFloorMustBePositive() {
        People people = new People().approver("ada", "admin");
        ExposureReport report = ExposureAnalysis.analyse(
                people.registry(),
                people.powers("hot-eth", Map.of(), 2, 0),
                People.committee(2, "n1", "n2", "n3"),
                NOW);

        assertThat(report.wallets().getFirst().signOutsidePolicy().people()).isEqualTo(OptionalInt.empty());
        assertThat(FloorCheck.check(report, 2)).isEmpty();
        assertThatThrownBy(() -> FloorCheck.check(report, 0)).hasMessageContaining("floor must be 1 to 100");
    }
}
