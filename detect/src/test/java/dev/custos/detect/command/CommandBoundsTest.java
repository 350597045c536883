package dev.custos.detect.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.RiskView;
import dev.custos.detect.TestEvents;
import dev.custos.detect.event.Event;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTableUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandBoundsTest {
    private static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    @Test
    void tablesAreNamedAndReported() {
        assertThat(new CommandBehaviourDetector().entityUsage())
                .extracting(EntityTableUsage::table)
                .containsExactly("command_behaviour.users", "command_behaviour.hosts", "command_behaviour.roles");
    }

    @Test
    void cap_forgetsTheLeastRecentlySeenUserHostAndRole() {
        CommandBehaviourDetector detector = new CommandBehaviourDetector(new EntityLimits(Duration.ofDays(90), 2));
        for (String user : List.of("ann", "bob", "cat")) {
            detector.observe(role(T0, user, "ops"), RiskView.NONE);
        }
        for (String user : List.of("ann", "bob", "cat")) {
            detector.observe(exec(T0.plusSeconds(60), user), RiskView.NONE);
        }

        assertThat(detector.entityUsage()).allSatisfy(table -> {
            assertThat(table.entities()).isEqualTo(2);
            assertThat(table.evicted()).isEqualTo(1);
        });
        assertThat(detector.roleOf("ann")).isEqualTo(PeerGroups.NO_ROLE);
        assertThat(detector.roleOf("cat")).isEqualTo("ops");
    }

    @Test
    void commandsKeepTheRoleSeen_andIdleEntitiesExpire() {
        CommandBehaviourDetector detector = new CommandBehaviourDetector(new EntityLimits(Duration.ofDays(10), 100));
        detector.observe(role(T0, "ann", "ops"), RiskView.NONE);
        detector.observe(role(T0, "bob", "ops"), RiskView.NONE);
        for (int day = 1; day <= 20; day++) {
            detector.observe(exec(T0.plus(Duration.ofDays(day)), "ann"), RiskView.NONE);
        }

        assertThat(detector.roleOf("ann")).isEqualTo("ops");
        assertThat(detector.roleOf("bob")).isEqualTo(PeerGroups.NO_ROLE);
        assertThat(usage(detector, "command_behaviour.roles").expired()).isEqualTo(1);
        assertThat(usage(detector, "command_behaviour.users").entities()).isEqualTo(1);

        detector.observe(exec(T0.plus(Duration.ofDays(40)), "cat"), RiskView.NONE);

        assertThat(usage(detector, "command_behaviour.users").expired()).isEqualTo(1);
        assertThat(usage(detector, "command_behaviour.hosts").expired()).isEqualTo(1);
        assertThat(detector.roleOf("ann")).isEqualTo(PeerGroups.NO_ROLE);
    }

    @Test
    void checkpoint_roundTripsTheTables_deterministically() {
        EntityLimits limits = new EntityLimits(Duration.ofDays(90), 3);
        CommandBehaviourDetector detector = busy(limits);
        CommandBehaviourDetector restored = new CommandBehaviourDetector(limits);
        restored.restore(detector.checkpoint());

        assertThat(busy(limits).checkpoint()).isEqualTo(detector.checkpoint());
        assertThat(restored.checkpoint()).isEqualTo(detector.checkpoint());
        assertThat(restored.entityUsage()).isEqualTo(detector.entityUsage());
    }

    @Test
    void stateWithoutTableFields_asWrittenBeforeTables_isRestored() {
        CommandBehaviourDetector detector = busy(EntityLimits.DEFAULT);
        ObjectNode state = detector.checkpoint();
        state.remove(List.of("users_table", "hosts_table"));
        for (String models : List.of("users", "hosts")) {
            for (Map.Entry<String, JsonNode> entry : state.get(models).properties()) {
                ((ObjectNode) entry.getValue()).remove("last_seen");
            }
        }
        ((ObjectNode) state.get("peers")).remove(List.of("roles_table", "roles_last_seen"));
        CommandBehaviourDetector restored = new CommandBehaviourDetector();

        restored.restore(state);

        assertThat(restored.roleOf("user-4")).isEqualTo("ops");
        assertThat(usage(restored, "command_behaviour.users").entities()).isEqualTo(6);
        restored.observe(exec(T0.plus(Duration.ofDays(1)), "user-1"), RiskView.NONE);
        assertThat(usage(restored, "command_behaviour.users").entities()).isEqualTo(6);
    }

    private static CommandBehaviourDetector busy(EntityLimits limits) {
        CommandBehaviourDetector detector = new CommandBehaviourDetector(limits);
        for (int index = 0; index < 6; index++) {
            detector.observe(role(T0, "user-" + index, "ops"), RiskView.NONE);
            detector.observe(exec(T0.plusSeconds(index), "user-" + index), RiskView.NONE);
        }
        return detector;
    }

    private static EntityTableUsage usage(CommandBehaviourDetector detector, String table) {
        return detector.entityUsage().stream()
                .filter(usage -> usage.table().equals(table))
                .findFirst()
                .orElseThrow();
    }

    private static Event role(Instant time, String user, String role) {
        return TestEvents.event(time, "iam", "user_created")
                .with("event.outcome", "success")
                .with("user.name", "svc-directory")
                .with("user.target.name", user)
                .with("custos.role", role)
                .build();
    }

    private static Event exec(Instant time, String user) {
        return TestEvents.event(time, "process", "exec")
                .with("user.name", user)
                .with("host.name", "laptop-" + user)
                .with("process.name", "git")
                .with("process.parent.name", "zsh")
                .with("process.command_line", "git status")
                .build();
    }
}
