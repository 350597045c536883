package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revoking a person's tokens ends what they opened with them: API calls and console sessions alike. */
class TokenRevocationTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ConsoleFixture(folder);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void revokedTokens_stopWorking_andTheirConsoleSessionsEnd() throws Exception {
        String carol = fixture.server.tokens().issue("carol", Set.of(Role.APPROVER));
        String carolsSecond = fixture.server.tokens().issue("carol", Set.of(Role.AUDITOR));
        ConsoleClient browser = new ConsoleClient(fixture.base());
        browser.signIn(carol);
        assertThat(browser.get("/console/requests").statusCode()).isEqualTo(200);

        JsonNode revoked = fixture.api(200, "POST", "/v1/tokens/revoke", fixture.admin, "{\"name\":\"carol\"}");

        assertThat(revoked.get("revoked_tokens").asInt()).isEqualTo(2);
        assertThat(revoked.get("ended_sessions").asInt()).isEqualTo(1);
        HttpResponse<String> after = browser.get("/console/requests");
        assertThat(after.statusCode()).isEqualTo(303);
        assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/console/sign-in");
        fixture.api(401, "GET", "/v1/requests", carol, null);
        fixture.api(401, "GET", "/v1/requests", carolsSecond, null);
        fixture.api(403, "POST", "/v1/tokens/revoke", fixture.approver, "{\"name\":\"root\"}");
    }
}
