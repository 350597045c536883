package dev.custos.policy.velocity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.types.UsdAmount;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VelocityTrackerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:30:00Z");

    private static PastRequest past(String time, String wallet, String initiator, String destination, double usd) {
        return new PastRequest(Instant.parse(time), wallet, initiator, destination, UsdAmount.ofDouble(usd));
    }

    private static Map<String, Object> totals(VelocityTracker tracker, double amount) {
        return tracker.variables(new PastRequest(NOW, "w-1", "alice", "0xdest", UsdAmount.ofDouble(amount)));
    }

    @Test
    void rollingHour_excludesRequestExactlyOneHourOld_includesOneSecondYounger() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record(past("2026-03-01T23:30:00Z", "w-1", "alice", "0xdest", 100));
        tracker.record(past("2026-03-01T23:30:01Z", "w-1", "alice", "0xdest", 10));

        Map<String, Object> vars = totals(tracker, 1);

        assertThat(vars.get("velocity.wallet.amount_usd_1h")).isEqualTo(11.0);
        assertThat(vars.get("velocity.wallet.count_1h")).isEqualTo(2L);
        assertThat(vars.get("velocity.wallet.amount_usd_24h")).isEqualTo(111.0);
    }

    @Test
    void fixedDay_startsAtUtcMidnight() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record(past("2026-03-01T23:59:59Z", "w-1", "alice", "0xdest", 1000));
        tracker.record(past("2026-03-02T00:00:00Z", "w-1", "alice", "0xdest", 5));

        Map<String, Object> vars = totals(tracker, 1);

        assertThat(vars.get("velocity.wallet.amount_usd_day")).isEqualTo(6.0);
        assertThat(vars.get("velocity.wallet.count_day")).isEqualTo(2L);
        assertThat(vars.get("velocity.wallet.amount_usd_1h")).isEqualTo(1006.0);
    }

    @Test
    void rolling24h_boundary() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record(past("2026-03-01T00:30:00Z", "w-1", "alice", "0xdest", 7));
        tracker.record(past("2026-03-01T00:30:01Z", "w-1", "alice", "0xdest", 3));

        assertThat(totals(tracker, 0).get("velocity.wallet.amount_usd_24h")).isEqualTo(3.0);
    }

    @Test
    void scopes_countOnlyTheirOwnKey() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record(past("2026-03-02T00:10:00Z", "w-1", "bob", "0xother", 100));
        tracker.record(past("2026-03-02T00:10:00Z", "w-2", "alice", "0xother", 20));
        tracker.record(past("2026-03-02T00:10:00Z", "w-3", "carol", "0xdest", 3));

        Map<String, Object> vars = totals(tracker, 0);

        assertThat(vars.get("velocity.wallet.amount_usd_1h")).isEqualTo(100.0);
        assertThat(vars.get("velocity.initiator.amount_usd_1h")).isEqualTo(20.0);
        assertThat(vars.get("velocity.destination.amount_usd_1h")).isEqualTo(3.0);
        assertThat(vars.get("velocity.destination.count_1h")).isEqualTo(2L);
    }

    @Test
    void futureRequests_notCounted() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record(past("2026-03-02T00:30:01Z", "w-1", "alice", "0xdest", 50));

        assertThat(totals(tracker, 1).get("velocity.wallet.amount_usd_1h")).isEqualTo(1.0);
    }

    @Test
    void oldEntries_droppedAfterRetention() {
        VelocityTracker tracker = new VelocityTracker();
        tracker.record(past("2026-02-20T00:00:00Z", "w-1", "alice", "0xdest", 50));
        tracker.record(past("2026-03-02T00:00:00Z", "w-1", "alice", "0xdest", 5));

        assertThat(tracker.size()).isEqualTo(1);
    }
}
