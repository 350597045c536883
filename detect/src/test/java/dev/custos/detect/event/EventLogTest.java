package dev.custos.detect.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogTest {
    @Test
    void read_ordersByEventTime_keepsInputOrderForTies_andReportsMalformedLines() throws IOException {
        String input = String.join(
                "\n",
                line("2025-02-18T10:00:00Z", "c"),
                "not json",
                line("2025-02-18T09:00:00Z", "a"),
                "",
                line("2025-02-18T10:00:00Z", "d"),
                "{\"@timestamp\":\"2025-02-18T09:30:00Z\"}",
                line("2025-02-18T09:00:00Z", "b"));
        List<MalformedLine> reported = new ArrayList<>();

        EventLog log = EventLog.read(new BufferedReader(new StringReader(input)), reported::add);

        assertThat(log.events()).extracting(Event::action).containsExactly("a", "b", "c", "d");
        assertThat(log.events()).extracting(Event::lineNumber).containsExactly(3L, 7L, 1L, 5L);
        assertThat(reported).extracting(MalformedLine::lineNumber).containsExactly(2L, 6L);
        assertThat(log.malformed()).isEqualTo(reported);
    }

    @Test
    void replayClock_neverMovesBackwards() {
        ReplayClock clock = new ReplayClock(Instant.parse("2025-02-18T10:00:00Z"));

        clock.advanceTo(Instant.parse("2025-02-18T11:00:00Z"));
        Instant afterEarlier = clock.advanceTo(Instant.parse("2025-02-18T09:00:00Z"));

        assertThat(afterEarlier).isEqualTo(Instant.parse("2025-02-18T11:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-02-18T11:00:00Z"));
    }

    private static String line(String time, String action) {
        return "{\"@timestamp\":\"" + time + "\",\"event.category\":\"test\",\"event.action\":\"" + action + "\"}";
    }
}
