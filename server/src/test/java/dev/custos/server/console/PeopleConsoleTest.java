package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The People page's access review: a leaver's employment and powers, the findings, and an admin attesting. */
class PeopleConsoleTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ConsoleFixture(folder);
        fixture.bootstrap();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void accessReview_showsALeaversPowers_andAnAdminAttestsFromThePage() throws Exception {
        String lastDay = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
        fixture.api(200, "POST", "/v1/people/bob/leaving", fixture.admin, "{\"last_day\":\"" + lastDay + "\"}");
        ConsoleClient browser = new ConsoleClient(fixture.base());
        browser.signIn(fixture.admin);

        String page = browser.get("/console/people").body();

        assertThat(page)
                .contains("Access review")
                .contains("leaving (last day " + lastDay + ")")
                .contains("approves in security, treasury")
                .contains("bob leaves on " + lastDay + " and still holds power");
        HttpResponse<String> attested = browser.post(
                "/console/people/attest",
                fixture.base(),
                "csrf",
                ConsoleClient.csrf(page),
                "person",
                "bob",
                "note",
                "handover until the last day");
        assertThat(attested.statusCode()).as(attested.body()).isEqualTo(303);
        JsonNode review = fixture.api(200, "GET", "/v1/access-review", fixture.admin, null);
        assertThat(review.toString()).contains("\"note\":\"handover until the last day\"", "\"attested_by\":\"root\"");
    }
}
