package dev.custos.detect.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.state.InvalidStateException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryHistoryTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    @Test
    void workingSetLargerThanRoom_growsTheRoom_andKeepsEveryValue() {
        CategoryHistory history = new CategoryHistory(Duration.ofDays(30), 4);
        for (int round = 0; round < 5; round++) {
            for (int user = 0; user < 6; user++) {
                history.observe("user-" + user, T0.plus(Duration.ofHours(round * 6L + user)));
            }
        }

        assertThat(history.capacity()).isBetween(6, history.hardLimit());
        assertThat(history.distinctValues()).isEqualTo(6);
        for (int user = 0; user < 6; user++) {
            assertThat(history.known("user-" + user)).isTrue();
        }
    }

    @Test
    void manyOneOffValues_stayWithinTheRoom_withoutGrowing() {
        CategoryHistory history = new CategoryHistory(Duration.ofDays(30), 4);
        for (int i = 0; i < 100; i++) {
            history.observe("tool-" + i, T0.plus(Duration.ofMinutes(i)));
        }

        assertThat(history.capacity()).isEqualTo(4);
        assertThat(history.distinctValues()).isEqualTo(4);
        assertThat(history.wasForgotten("tool-90")).isTrue();
        assertThat(history.wasForgotten("tool-0"))
                .as("the forgotten list is bounded too")
                .isFalse();
    }

    @Test
    void room_neverGrowsBeyondTheHardLimit() {
        CategoryHistory history = new CategoryHistory(Duration.ofDays(30), 2);
        for (int round = 0; round < 10; round++) {
            for (int user = 0; user < 12; user++) {
                history.observe("user-" + user, T0.plus(Duration.ofMinutes(round * 12L + user)));
            }
        }

        assertThat(history.capacity()).isEqualTo(2 * CategoryHistory.GROWTH_LIMIT);
        assertThat(history.distinctValues()).isLessThanOrEqualTo(history.hardLimit());
    }

    @Test
    void checkpoint_roundTripsTheRoomAndForgottenValues() {
        CategoryHistory history = new CategoryHistory(Duration.ofDays(30), 2);
        for (int round = 0; round < 2; round++) {
            for (int user = 0; user < 3; user++) {
                history.observe("user-" + user, T0.plus(Duration.ofMinutes(round * 3L + user)));
            }
        }

        CategoryHistory restored = CategoryHistory.fromState(history.toState(), Duration.ofDays(30), 2);

        assertThat(restored.toState()).isEqualTo(history.toState());
        assertThat(restored.capacity()).isEqualTo(history.capacity());
    }

    @Test
    void restore_capacityBeyondTheHardLimit_throws() {
        CategoryHistory history = new CategoryHistory(Duration.ofDays(30), 2);
        history.observe("a", T0);
        var state = history.toState().put("capacity", 17);

        assertThatThrownBy(() -> CategoryHistory.fromState(state, Duration.ofDays(30), 2))
                .isInstanceOf(InvalidStateException.class)
                .hasMessageContaining("capacity");
    }

    @Test
    void sharedBastion_withMoreUsersThanTheInitialRoom_stopsFlaggingReturningUsers() {
        RarityDetector detector = BaselineDetectors.hostProcessRarity(RarityRules.DEFAULT);
        int users = 36;
        List<Finding> late = new ArrayList<>();
        for (int day = 0; day < 30; day++) {
            for (int user = 0; user < users; user++) {
                Instant time = T0.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(user * 10L));
                List<Finding> findings =
                        detector.observe(exec(time, "ops-" + ((user * 7 + day) % users)), RiskView.NONE);
                if (day >= 10) {
                    late.addAll(findings);
                }
            }
        }

        assertThat(late).isEmpty();
    }

    @Test
    void sharedBastion_trulyNewUser_stillFires() {
        RarityDetector detector = BaselineDetectors.hostProcessRarity(RarityRules.DEFAULT);
        for (int day = 0; day < 20; day++) {
            for (int user = 0; user < 36; user++) {
                Instant time = T0.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(user * 10L));
                detector.observe(exec(time, "ops-" + user), RiskView.NONE);
            }
        }

        List<Finding> findings = detector.observe(exec(T0.plus(Duration.ofDays(21)), "intruder"), RiskView.NONE);

        assertThat(findings)
                .singleElement()
                .satisfies(finding -> assertThat(finding.features()).anySatisfy(feature -> {
                    assertThat(feature.feature()).isEqualTo("user");
                    assertThat(feature.baseline()).contains("never seen");
                }));
    }

    private static dev.custos.detect.event.Event exec(Instant time, String user) {
        return TestEvents.event(time, "process", "exec")
                .with("user.name", user)
                .with("host.name", "bastion-1")
                .with("process.name", "kubectl")
                .with("process.parent.name", "bash")
                .build();
    }
}
