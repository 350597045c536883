package dev.custos.server.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.PeopleServer;
import dev.custos.server.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Access reviews on the server's clock: findings appear as time passes (vetting expiring, an approver who never
 * approves, a token nobody uses, an attestation overdue), the sweep alerts on each once, and an attestation clears
 * the overdue one.
 */
class AccessReviewTest {
    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @TempDir
    Path folder;

    private PeopleServer api;
    private String bobToken;

    @BeforeEach
    void start() throws Exception {
        api = new PeopleServer(folder, START);
        api.person("bob", "[\"approver\"]", START.plus(Duration.ofDays(40)).toString());
        api.person("ada", "[\"auditor\"]", "2030-01-01T00:00:00Z");
        bobToken = api.server.tokens().issue("bob", Set.of(Role.APPROVER));
        api.send(bobToken, 200, "GET", "/v1/wallets", null);
        api.send(200, "PUT", "/v1/policy", """
                {"policy_version":1,"name":"review","governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury"]}],
                 "rules":[{"id":"deny-frozen","effect":"deny","condition":"wallet.frozen"}]}
                """.formatted(
                        SigningKey.generate(new SecureRandom()).publicKey().toHex()));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void findingsAppearAsTimePasses_andTheSweepAlertsOnEachOnce() throws Exception {
        assertThat(codes("bob")).isEmpty();
        api.server.accessReviews().sweep();
        assertThat(api.alerts("access_review")).isEmpty();

        api.clock.advance(Duration.ofDays(11));
        assertThat(codes("bob")).containsExactly("vetting_expiring");
        // the server sweeps every minute as well; however often it runs, each finding alerts once
        api.server.accessReviews().sweep();
        assertThat(api.server.accessReviews().sweep()).isZero();
        assertThat(api.alerts("access_review"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.get("summary").asText())
                        .contains("bob's vetting expires at 2027-01-16T10:00:00Z"));

        api.clock.advance(Duration.ofDays(80));
        assertThat(codes("bob"))
                .containsExactly("vetting_expired", "attestation_overdue", "approver_idle", "token_unused");
        assertThat(codes("ada")).containsExactly("attestation_overdue");
        api.server.accessReviews().sweep();
        assertThat(api.server.accessReviews().sweep()).isZero();
        assertThat(api.alerts("access_review")).hasSize(4);
        JsonNode review = api.send(200, "GET", "/v1/access-review", null);
        JsonNode bob = person(review, "bob");
        assertThat(bob.at("/powers/approver_groups").toString()).isEqualTo("[\"treasury\"]");
        assertThat(bob.at("/powers/tokens/0/last_used_at").asText()).isEqualTo(START.toString());
        assertThat(bob.get("findings").toString()).contains("has not approved anything");
    }

    @Test
    void anAttestation_clearsTheOverdueFinding_untilItIsDueAgain() throws Exception {
        api.clock.advance(Duration.ofDays(91));
        assertThat(codes("ada")).containsExactly("attestation_overdue");

        JsonNode attested =
                attest("ada", "{\"note\":\"still audits the treasury\",\"next_due_days\":30}", "key-1", 201);
        assertThat(attested.get("attested_by").asText()).isEqualTo("root");
        assertThat(attested.get("next_due").asText()).isEqualTo("2027-04-07T10:00:00Z");
        assertThat(attest("ada", "{\"note\":\"still audits the treasury\",\"next_due_days\":30}", "key-1", 201))
                .isEqualTo(attested);
        assertThat(codes("ada")).isEmpty();
        assertThat(person(api.send(200, "GET", "/v1/access-review", null), "ada")
                        .at("/attestation/note")
                        .asText())
                .isEqualTo("still audits the treasury");
        JsonNode entries = api.send(200, "GET", "/v1/audit/entries", null).get("entries");
        assertThat(new String(
                        java.util.Base64.getDecoder()
                                .decode(entries.get(entries.size() - 1)
                                        .get("entry")
                                        .asText()),
                        java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"action\":\"person.attested\"")
                .contains("\"subject\":\"ada\"");

        api.clock.advance(Duration.ofDays(31));
        assertThat(codes("ada")).containsExactly("attestation_overdue");
    }

    @Test
    void attestations_areCheckedAndAdminOnly() throws Exception {
        assertThat(attest("ada", "{\"note\":\"\"}", "k1", 400)
                        .at("/error/message")
                        .asText())
                .contains("field 'note'");
        assertThat(attest("ada", "{\"note\":\"ok\",\"next_due_days\":400}", "k2", 400)
                        .at("/error/message")
                        .asText())
                .contains("field 'next_due_days' must be 1 to 366");
        attest("nobody", "{\"note\":\"ok\"}", "k3", 404);
        api.send(bobToken, 403, "GET", "/v1/access-review", null);
    }

    @Test
    void aLeaverWhoseLastDayPassed_isAHighFinding() throws Exception {
        api.send(200, "POST", "/v1/people/bob/leaving", "{\"last_day\":\"2026-12-09\"}");
        assertThat(codes("bob")).containsExactly("leaving_with_power");

        api.clock.advance(Duration.ofDays(3));

        assertThat(codes("bob")).containsExactly("last_day_passed");
        api.server.accessReviews().sweep();
        assertThat(api.alerts("access_review"))
                .singleElement()
                .satisfies(alert -> assertThat(alert.get("summary").asText())
                        .contains("bob's last day was 2026-12-09 and they still hold power: offboard them"));
        api.send(200, "POST", "/v1/people/bob/offboard", "{\"reason\":\"left\"}");
        assertThat(codes("bob")).isEmpty();
    }

    private List<String> codes(String name) throws Exception {
        List<String> codes = new ArrayList<>();
        person(api.send(200, "GET", "/v1/access-review", null), name)
                .get("findings")
                .forEach(finding -> codes.add(finding.get("code").asText()));
        return codes;
    }

    private static JsonNode person(JsonNode review, String name) {
        for (JsonNode person : review.get("people")) {
            if (person.get("person").asText().equals(name)) {
                return person;
            }
        }
        throw new AssertionError(name + " is not in the review: " + review);
    }

    private JsonNode attest(String name, String body, String key, int status) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + api.server.port() + "/v1/people/" + name + "/attest"))
                                .header("Authorization", "Bearer " + api.admin)
                                .header("Idempotency-Key", key)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }
}
