package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An approver leaves: their tokens and sessions end at once, the exposure analysis reports the power the signed policy
 * still gives them, and the answer carries the policy version without them to propose.
 */
class OffboardingTest {
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
    void offboardedApprover_losesAccessAtOnce_andThePolicyDraftDropsThem() throws Exception {
        ConsoleClient browser = new ConsoleClient(fixture.base());
        browser.signIn(fixture.approver);

        JsonNode answer =
                fixture.api(200, "POST", "/v1/people/bob/offboard", fixture.admin, "{\"reason\":\"left the company\"}");

        assertThat(answer.get("revoked_tokens").asInt()).isEqualTo(1);
        assertThat(answer.get("ended_sessions").asInt()).isEqualTo(1);
        assertThat(answer.get("in_policy").asBoolean()).isTrue();
        assertThat(answer.at("/policy_draft/policy_version").asLong()).isEqualTo(2);
        assertThat(answer.at("/policy_draft/approvers").toString()).doesNotContain("\"bob\"");
        fixture.api(401, "GET", "/v1/requests", fixture.approver, null);
        assertThat(browser.get("/console/requests").statusCode()).isEqualTo(303);
        assertThat(fixture.api(200, "GET", "/v1/exposure", fixture.admin, null).toString())
                .contains("left_still_approver");
        assertThat(fixture.api(409, "POST", "/v1/people/bob/enrollment-links", fixture.admin, null)
                        .at("/error/message")
                        .asText())
                .contains("offboarded");

        JsonNode proposal = fixture.api(
                201,
                "POST",
                "/v1/policy/proposals",
                fixture.admin,
                answer.get("policy_draft").toString());
        assertThat(proposal.get("candidate_version").asLong()).isEqualTo(2);
        JsonNode again = fixture.api(200, "POST", "/v1/people/bob/offboard", fixture.admin, "{\"reason\":\"twice\"}");
        assertThat(again.get("already_departed").asBoolean()).isTrue();
        fixture.api(404, "POST", "/v1/people/nobody/offboard", fixture.admin, "{\"reason\":\"x\"}");
        fixture.api(400, "POST", "/v1/people/bob/offboard", fixture.admin, "{}");
    }
}
