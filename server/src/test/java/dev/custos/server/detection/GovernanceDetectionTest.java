package dev.custos.server.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.PeopleServer;
import dev.custos.server.access.Role;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Governance made through the server reaches detection: a proposal from a device its actor never used, a policy
 * weakened step by step, an approval by an admin whose vetting lapsed, and any governance action by someone leaving
 * raise alerts in {@code GET /v1/alerts}; the same actions from the usual device, alone, or by people in good standing
 * do not.
 */
class GovernanceDetectionTest {
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    Path folder;

    private final SigningKey alice = SigningKey.generate(new SecureRandom());
    private final SigningKey carol = SigningKey.generate(new SecureRandom());
    private PeopleServer api;

    @BeforeEach
    void start() throws Exception {
        api = new PeopleServer(folder, Instant.parse("2026-12-07T10:00:00Z"));
        api.send(200, "PUT", "/v1/policy", policy(1, 3600, ""));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void proposalFromANewDevice_alerts_andFromTheUsualOneDoesNot() throws Exception {
        for (int i = 0; i < 11; i++) {
            api.person("person-" + i, "[\"auditor\"]", "2030-01-01T00:00:00Z");
        }
        api.send(201, "POST", "/v1/policy/proposals", policy(2, 3600, "x"));
        assertThat(api.alerts("governance_actor")).isEmpty();

        String otherDevice = api.server.tokens().issue("root", Set.of(Role.ADMIN));
        JsonNode proposal = api.send(otherDevice, 201, "POST", "/v1/policy/proposals", policy(2, 3600, "y"));

        List<JsonNode> alerts = api.alerts("governance_actor");
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.at("/entity/id").asText()).isEqualTo("root");
            assertThat(alert.get("severity").asText()).isIn("high", "critical");
            assertThat(alert.get("summary").asText())
                    .contains(
                            "policy.proposed on " + proposal.get("id").asText() + " by root from an unfamiliar device");
        });
    }

    @Test
    void timeLockLowered_thenALoosening_isOneIncidentWithBothSteps() throws Exception {
        JsonNode lowered = api.send(201, "POST", "/v1/policy/proposals", policy(2, 60, ""));
        assertThat(api.alerts("governance_weakening")).isEmpty();

        JsonNode loosening = api.send(201, "POST", "/v1/policy/proposals", policy(2, 3600, "dave"));

        List<JsonNode> alerts = api.alerts("governance_weakening");
        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.at("/entity/id").asText()).isEqualTo("custos-policy");
            assertThat(alert.get("summary").asText())
                    .contains(
                            "policy weakened step by step: lowers the time lock 3600 s -> 60 s by root, then proposal "
                                    + loosening.get("id").asText());
            assertThat(alert.get("summary").asText()).contains(lowered.get("id").asText());
            assertThat(alert.get("evidence")).hasSize(2);
        });
    }

    @Test
    void aLooseningAlone_isNoIncident() throws Exception {
        api.send(201, "POST", "/v1/policy/proposals", policy(2, 3600, "dave"));

        assertThat(api.alerts("governance_weakening")).isEmpty();
    }

    @Test
    void approvalByAnAdminWhoseVettingLapsed_alerts_andByOneInGoodStanding_doesNot() throws Exception {
        api.person("alice", "[\"admin\"]", "2026-11-30T00:00:00Z");
        api.person("carol", "[\"admin\"]", "2030-01-01T00:00:00Z");
        JsonNode proposal = api.send(201, "POST", "/v1/policy/proposals", policy(2, 3600, "dave"));

        assertThat(approve(proposal, "carol", carol).get("status").asText()).isEqualTo("awaiting_approvals");
        assertThat(api.alerts("governance_standing")).isEmpty();

        assertThat(approve(proposal, "alice", alice).get("status").asText()).isEqualTo("time_locked");
        assertThat(api.alerts("governance_standing")).singleElement().satisfies(alert -> {
            assertThat(alert.at("/entity/id").asText()).isEqualTo("alice");
            assertThat(alert.get("summary").asText())
                    .contains("approval of policy change " + proposal.get("id").asText()
                            + " by alice, whose vetting lapsed at 2026-11-30T00:00:00Z");
        });
    }

    @Test
    void governanceBySomeoneLeaving_alertsEveryTime_andTheirApprovalStillCounts() throws Exception {
        api.person("carol", "[\"admin\"]", "2030-01-01T00:00:00Z");
        String carolToken = api.server.tokens().issue("carol", Set.of(Role.ADMIN));
        JsonNode before = api.send(carolToken, 201, "POST", "/v1/policy/proposals", policy(2, 3600, "dave"));
        assertThat(api.alerts("governance_standing")).isEmpty();

        JsonNode leaving = api.send(200, "POST", "/v1/people/carol/leaving", "{\"last_day\":\"2026-12-31\"}");
        assertThat(leaving.get("employment").asText()).isEqualTo("leaving");
        assertThat(leaving.get("keeps").toString()).contains("approves in group(s) [admin]");

        api.send(carolToken, 201, "POST", "/v1/policy/proposals", policy(2, 3600, "erin"));
        byte[] digest = HEX.parseHex(before.get("digest").asText());
        JsonNode approved = api.send(
                carolToken,
                200,
                "POST",
                "/v1/policy/proposals/" + before.get("id").asText() + "/approvals",
                "{\"admin\":\"carol\",\"signature\":\"" + HEX.formatHex(carol.sign(digest)) + "\"}");

        assertThat(approved.at("/decision/admins").toString()).contains("carol");
        assertThat(api.alerts("governance_standing"))
                .hasSize(2)
                .allSatisfy(alert -> assertThat(alert.get("summary").asText()).contains("by carol, who is leaving"));
    }

    private JsonNode approve(JsonNode proposal, String name, SigningKey key) throws Exception {
        byte[] digest = HEX.parseHex(proposal.get("digest").asText());
        return api.send(
                200,
                "POST",
                "/v1/policy/proposals/" + proposal.get("id").asText() + "/approvals",
                "{\"admin\":\"" + name + "\",\"signature\":\"" + HEX.formatHex(key.sign(digest)) + "\"}");
    }

    /** The policy with {@code timeLock}, and one more admin named {@code extra} when it is not blank. */
    private String policy(int version, long timeLock, String extra) {
        String more = extra.isBlank()
                ? ""
                : ",{\"name\":\"" + extra + "\",\"public_key\":\""
                        + SigningKey.generate(new SecureRandom()).publicKey().toHex() + "\",\"groups\":[\"admin\"]}";
        return """
                {"policy_version":%d,"name":"governed",
                 "governance":{"admin_quorum":2,"timelock_seconds":%d},
                 "approvers":[{"name":"alice","public_key":"%s","groups":["admin"]},
                              {"name":"carol","public_key":"%s","groups":["admin"]}%s],
                 "rules":[{"id":"deny-frozen","effect":"deny","condition":"wallet.frozen"}]}
                """.formatted(
                version, timeLock, alice.publicKey().toHex(), carol.publicKey().toHex(), more);
    }
}
