package dev.custos.server.console.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.server.MutableClock;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseKind;
import dev.custos.server.storage.TestDatabases;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Console sessions on SQLite and PostgreSQL (migration V6): hashes only, timeouts, sign-out everywhere. */
class SessionStoreTest {
    private static final Caller ALICE = new Caller("token-hash", "alice", Set.of(Role.APPROVER, Role.AUDITOR));

    @TempDir
    Path folder;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T10:00:00Z"));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSession_carriesTheCallersNameAndRoles_andTheDatabaseKeepsOnlyTheHashOfItsId(DatabaseKind kind)
            throws Exception {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder))) {
            SessionStore sessions = new SessionStore(database, clock, new SecureRandom());
            String cookie = sessions.start(ALICE, "api_token:token-hash");
            assertThat(cookie).matches("[A-Za-z0-9_-]{43}");
            ConsoleSession session = sessions.find(cookie).orElseThrow();
            assertThat(session.caller().name()).isEqualTo("alice");
            assertThat(session.caller().roles()).containsExactlyInAnyOrder(Role.APPROVER, Role.AUDITOR);
            assertThat(session.csrfToken()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(cookie);
            assertThat(session.toString()).doesNotContain(cookie).doesNotContain(session.csrfToken());
            List<String> stored = rows(database);
            assertThat(stored).hasSize(1);
            assertThat(stored.get(0)).isEqualTo(session.sessionHash()).doesNotContain(cookie);
            assertThat(sessions.find(cookie.substring(1) + "A")).isEmpty();
            assertThat(sessions.find("not a cookie")).isEmpty();
            assertThat(sessions.find(null)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSession_endsAfter15IdleMinutes_after8Hours_atSignOut_andEverywhereAtOnce(DatabaseKind kind) {
        try (Database database = Database.open(TestDatabases.fresh(kind, folder))) {
            SessionStore sessions = new SessionStore(database, clock, new SecureRandom());
            String idle = sessions.start(ALICE, "t");
            clock.advance(Duration.ofMinutes(14));
            assertThat(sessions.find(idle)).isPresent();
            clock.advance(Duration.ofMinutes(14));
            assertThat(sessions.find(idle)).as("used 14 minutes ago").isPresent();
            clock.advance(Duration.ofMinutes(15));
            assertThat(sessions.find(idle)).as("idle 15 minutes").isEmpty();

            String busy = sessions.start(ALICE, "t");
            for (int i = 0; i < 8 * 6 - 1; i++) {
                clock.advance(Duration.ofMinutes(10));
                assertThat(sessions.find(busy))
                        .as("after %d minutes", (i + 1) * 10)
                        .isPresent();
            }
            clock.advance(Duration.ofMinutes(10));
            assertThat(sessions.find(busy)).as("8 hours after it started").isEmpty();

            String one = sessions.start(ALICE, "t");
            String two = sessions.start(ALICE, "t");
            String bob = sessions.start(new Caller("h", "bob", Set.of(Role.ADMIN)), "t");
            sessions.end(sessions.find(one).orElseThrow());
            assertThat(sessions.find(one)).isEmpty();
            assertThat(sessions.find(two)).isPresent();
            assertThat(sessions.endAll("alice"))
                    .as("two, and the two that timed out")
                    .isEqualTo(3);
            assertThat(sessions.find(two)).isEmpty();
            assertThat(sessions.find(bob)).isPresent();
        }
    }

    private static List<String> rows(Database database) {
        return database.inTransaction(connection -> {
            List<String> hashes = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT session_hash FROM console_sessions");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    hashes.add(rows.getString(1));
                }
            }
            return hashes;
        });
    }
}
