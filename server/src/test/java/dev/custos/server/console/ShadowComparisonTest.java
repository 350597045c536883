package dev.custos.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft policy compared with the recent requests, through the API and on the console's Policy page. */
class ShadowComparisonTest {
    @TempDir
    Path folder;

    private ConsoleFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new ConsoleFixture(folder);
        fixture.bootstrap();
        fixture.submitTransfer();
        fixture.submitBybit();
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    @Test
    void freezingTheWalletInADraft_changesTheTransferAndNotTheDeniedBybitRequest() throws Exception {
        JsonNode result = fixture.api(200, "POST", "/v1/policy/shadow", fixture.admin, frozenDraft());

        assertThat(result.get("compared").asInt()).isEqualTo(2);
        assertThat(result.get("changed").asInt()).isEqualTo(1);
        JsonNode transfer = result.get("requests").get(1);
        assertThat(transfer.at("/active/outcome").asText()).isEqualTo("escalate");
        assertThat(transfer.at("/draft/outcome").asText()).isEqualTo("deny");
        assertThat(transfer.get("changed").asBoolean()).isTrue();
        assertThat(result.get("requests").get(0).get("changed").asBoolean()).isFalse();
        assertThat(fixture.api(200, "GET", "/v1/policy", fixture.admin, null).get("frozen_wallets"))
                .as("nothing changes")
                .isEmpty();
    }

    @Test
    void aDraftThatIsNotAPolicy_isRefusedNamingWhy_andInitiatorsMayNotCompare() throws Exception {
        JsonNode refused = fixture.api(
                400, "POST", "/v1/policy/shadow", fixture.admin, "{\"policy_version\":2,\"rules\":\"none\"}");
        assertThat(refused.at("/error/message").asText()).startsWith("the draft is not a policy");
        fixture.api(403, "POST", "/v1/policy/shadow", fixture.initiator, frozenDraft());
    }

    @Test
    void thePolicyPage_comparesADraft() throws Exception {
        ConsoleClient admin = new ConsoleClient(fixture.base());
        admin.signIn(fixture.admin);
        String page = admin.get("/console/policy").body();
        assertThat(page).contains("Compare a draft with recent requests");

        HttpResponse<String> answer = admin.post(
                "/console/policy/shadow", fixture.base(), "csrf", ConsoleClient.csrf(page), "document", frozenDraft());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("1 of 2 recent requests would be decided differently");

        HttpResponse<String> proposed = admin.post(
                "/console/policy/propose", fixture.base(), "csrf", ConsoleClient.csrf(page), "document", frozenDraft());
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(303);
        JsonNode proposal = fixture.api(200, "GET", "/v1/policy/proposals", fixture.admin, null)
                .path("proposals")
                .get(0);
        assertThat(proposal.get("stricter_only").asBoolean()).isTrue();
        assertThat(proposal.get("candidate_version").asLong()).isEqualTo(2);
    }

    private String frozenDraft() throws Exception {
        ObjectNode draft = (ObjectNode) fixture.api(200, "GET", "/v1/policy", fixture.admin, null);
        draft.put("policy_version", 2);
        draft.putArray("frozen_wallets").add("hot-eth-1");
        return draft.toString();
    }
}
