package dev.custos.server.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.MutableClock;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ClientOrigin;
import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Token use reaches detection as authentication events: the first call of a token from an address within an hour is
 * fed (with who, where from and which client), repeats within the hour are not, and an alert detection raises is kept.
 */
class TokenUseFeedTest {
    @TempDir
    Path folder;

    @Test
    void theFirstCallOfEachTokenAndAddressPerHourIsFedAndItsAlertsKept() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-10-01T09:00:00Z"));
        try (Database database = Database.open(DatabaseSettings.sqlite(folder.resolve("custos.db")))) {
            AlertStore alerts = new AlertStore(database, clock);
            List<ObjectNode> fed = new ArrayList<>();
            TokenUseFeed feed = new TokenUseFeed(
                    event -> {
                        fed.add(event);
                        return event.get("source.ip").asText().equals("203.0.113.66") ? List.of(alert()) : List.of();
                    },
                    alerts,
                    clock);
            Caller payouts = new Caller("a".repeat(64), "payouts-service", Set.of(Role.INITIATOR));
            Caller other = new Caller("b".repeat(64), "reports", Set.of(Role.READ_ONLY));

            feed.authenticated(payouts, new ClientOrigin("10.20.0.7", Optional.of("payouts/2.3")));
            clock.advance(Duration.ofMinutes(59));
            feed.authenticated(payouts, new ClientOrigin("10.20.0.7", Optional.of("payouts/2.3")));
            feed.authenticated(other, new ClientOrigin("10.20.0.7", Optional.empty()));
            assertThat(fed).hasSize(2);
            assertThat(fed.get(0).get("user.name").asText()).isEqualTo("payouts-service");
            assertThat(fed.get(0).get("event.category").asText()).isEqualTo("authentication");
            assertThat(fed.get(0).get("custos.auth.method").asText()).isEqualTo("api_key");
            assertThat(fed.get(0).get("user_agent.original").asText()).isEqualTo("payouts/2.3");
            assertThat(fed.get(1).has("user_agent.original")).isFalse();

            clock.advance(Duration.ofMinutes(2));
            feed.authenticated(payouts, new ClientOrigin("10.20.0.7", Optional.of("payouts/2.3")));
            assertThat(fed)
                    .as("an hour after its first call the pair is fed again")
                    .hasSize(3);

            assertThat(alerts.newest(10)).isEmpty();
            feed.authenticated(payouts, new ClientOrigin("203.0.113.66", Optional.of("x".repeat(1000))));
            assertThat(fed).hasSize(4);
            assertThat(fed.get(3).get("user_agent.original").asText()).hasSize(ClientOrigin.MAX_USER_AGENT);
            assertThat(alerts.newest(10))
                    .singleElement()
                    .satisfies(alert -> assertThat(alert.toString()).contains("payouts-service"));
        }
    }

    private static ObjectNode alert() {
        ObjectNode alert = StrictJson.mapper().createObjectNode();
        alert.put("type", "alert");
        alert.put("id", "alert-token-1");
        alert.put("@timestamp", "2026-10-01T10:01:00Z");
        alert.put("severity", "high");
        alert.put("score", 80);
        alert.putObject("entity").put("type", "user").put("id", "payouts-service");
        alert.putArray("detectors").add("login_rarity");
        alert.put("summary", "user payouts-service: login from a new network");
        alert.putArray("evidence");
        return alert;
    }
}
