package dev.custos.detect.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.StateJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CommandBehaviourDetectorTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");
    private static final List<String> ENGINEER_TOOLS = List.of("git", "npm", "make", "java", "docker");
    private static final List<String> OPS_TOOLS = List.of("kubectl", "terraform", "journalctl");

    private static String history;

    @Test
    void neverSeenCommand_isFlagged_butRoutineCommandIsNot() {
        CommandBehaviourDetector detector = organisation();

        List<Finding> routine = detector.observe(exec(day(21), "eng-1", "git", "zsh", "git 3fa9c1"), RiskView.NONE);
        List<Finding> agent =
                detector.observe(exec(day(21).plusSeconds(60), "eng-1", "anydesk", "launchd", ""), RiskView.NONE);

        assertThat(routine).isEmpty();
        assertThat(agent).singleElement().satisfies(finding -> {
            assertThat(finding.detector()).isEqualTo(CommandBehaviourDetector.NAME);
            assertThat(finding.stage()).isEqualTo(KillChainStage.PERSISTENCE);
            // Only a catalogued category can weigh more than a generic unusual command.
            assertThat(finding.score()).isGreaterThan(CommandBehaviourDetector.WEIGHT);
            assertThat(finding.explain())
                    .contains("launchd \u2192 anydesk")
                    .contains("never seen for user eng-1")
                    .contains("seen for 0 of 20 engineer peers")
                    .contains("remote-access agent");
        });
    }

    @Test
    void peerGroup_lowersSurpriseForARoleTypicalCommand() {
        // eng-1 never ran docker, but the other engineers run it every day; ops never run it.
        CommandBehaviourDetector detector = organisation();

        List<Finding> engineer =
                detector.observe(exec(day(21), "eng-1", "docker", "zsh", "docker 7b2e01"), RiskView.NONE);
        List<Finding> operator =
                detector.observe(exec(day(21), "ops-1", "docker", "zsh", "docker 7b2e01"), RiskView.NONE);

        assertThat(engineer).isEmpty();
        assertThat(operator)
                .singleElement()
                .satisfies(finding -> assertThat(finding.explain()).contains("seen for 0 of 10 ops peers"));
    }

    @Test
    void credentialStoreAccess_pointsToKeyAccess() {
        CommandBehaviourDetector detector = organisation();

        List<Finding> findings = detector.observe(
                exec(day(21), "eng-2", "security", "zsh", "security find-generic-password -s wallet"), RiskView.NONE);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.stage()).isEqualTo(KillChainStage.KEY_ACCESS);
            assertThat(finding.features()).extracting(FeatureEvidence::value).contains("credential store");
        });
    }

    @Test
    void checkpointRoundTrip_keepsModelsAndPeerGroups() throws Exception {
        CommandBehaviourDetector original = history();
        String saved = StateJson.MAPPER.writeValueAsString(original.checkpoint());

        CommandBehaviourDetector restored = new CommandBehaviourDetector();
        restored.restore(StateJson.MAPPER.readTree(saved));

        assertThat(StateJson.MAPPER.writeValueAsString(restored.checkpoint())).isEqualTo(saved);
        assertThat(restored.roleOf("ops-3")).isEqualTo("ops");
        Event next = exec(day(21), "ops-1", "docker", "zsh", "docker 7b2e01");
        assertThat(restored.observe(next, RiskView.NONE)).isEqualTo(original.observe(next, RiskView.NONE));
    }

    @Test
    void memoryPerUser_isBounded() {
        CommandBehaviourDetector detector = new CommandBehaviourDetector();
        for (int index = 0; index < 1_000; index++) {
            detector.observe(exec(T0.plusSeconds(index), "eng-1", "tool" + index, "zsh", ""), RiskView.NONE);
        }

        assertThat(detector.checkpoint()
                        .get("users")
                        .get("eng-1")
                        .get("unigrams")
                        .size())
                .isLessThanOrEqualTo(CommandBehaviourDetector.MAX_TOKENS_PER_ENTITY);
    }

    /** A fresh detector restored from {@link #history()}. */
    private static CommandBehaviourDetector organisation() {
        CommandBehaviourDetector detector = new CommandBehaviourDetector();
        try {
            detector.restore(StateJson.MAPPER.readTree(history));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return detector;
    }

    @BeforeAll
    static void learnHistory() throws IOException {
        history = StateJson.MAPPER.writeValueAsString(history().checkpoint());
    }

    /** 20 engineers and 10 ops with roles; 20 days of their tools. {@code eng-1} never runs docker. */
    private static CommandBehaviourDetector history() {
        SplittableRandom random = new SplittableRandom(7);
        CommandBehaviourDetector detector = new CommandBehaviourDetector();
        List<Event> events = new ArrayList<>();
        for (int index = 1; index <= 20; index++) {
            events.add(role("eng-" + index, "engineer"));
        }
        for (int index = 1; index <= 10; index++) {
            events.add(role("ops-" + index, "ops"));
        }
        events.forEach(event -> detector.observe(event, RiskView.NONE));
        for (int day = 0; day < 20; day++) {
            for (int index = 1; index <= 20; index++) {
                String user = "eng-" + index;
                for (String tool : ENGINEER_TOOLS) {
                    if (user.equals("eng-1") && tool.equals("docker")) {
                        continue;
                    }
                    detector.observe(exec(day(day), user, tool, "zsh", tool + " " + hex(random)), RiskView.NONE);
                }
            }
            for (int index = 1; index <= 10; index++) {
                for (String tool : OPS_TOOLS) {
                    detector.observe(
                            exec(day(day), "ops-" + index, tool, "bash", tool + " " + hex(random)), RiskView.NONE);
                }
            }
        }
        return detector;
    }

    private static String hex(SplittableRandom random) {
        return String.format("%06x", random.nextInt(1 << 24));
    }

    private static Instant day(int day) {
        return T0.plus(Duration.ofDays(day));
    }

    private static Event role(String user, String role) {
        return TestEvents.event(T0.minusSeconds(3_600), "iam", "user_created")
                .with("event.outcome", "success")
                .with("user.name", "svc-directory")
                .with("user.target.name", user)
                .with("custos.role", role)
                .build();
    }

    private static Event exec(Instant time, String user, String process, String parent, String commandLine) {
        return TestEvents.event(time, "process", "exec")
                .with("user.name", user)
                .with("host.name", "laptop-" + user)
                .with("process.name", process)
                .with("process.parent.name", parent)
                .with("process.command_line", commandLine)
                .build();
    }
}
