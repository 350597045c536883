package dev.custos.server.routes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.PeopleServer;
import dev.custos.server.access.Role;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Movers, leavers and shared hosts: moving a person between roles answers the powers they keep (the signed policy's
 * approval key, tokens issued with the old role); a leaver keeps every power until offboarded; a host login recorded
 * in the registry reaches the exposure analysis, so two nodes on one host count as one person's worth of exposure.
 */
class PersonChangeTest {
    @TempDir
    Path folder;

    private PeopleServer api;
    private String walletAddress;

    @BeforeEach
    void start() throws Exception {
        api = new PeopleServer(folder, Instant.parse("2026-12-07T10:00:00Z"));
        walletAddress = api.send(
                        201,
                        "POST",
                        "/v1/wallets",
                        "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}")
                .get("address")
                .asText()
                .toLowerCase();
        for (String person :
                new String[] {"ivan:initiator", "bob:approver", "ada:admin", "olga:operator", "oscar:operator"}) {
            String[] parts = person.split(":", -1);
            api.person(parts[0], "[\"" + parts[1] + "\"]", "2030-01-01T00:00:00Z");
        }
        api.send(200, "PUT", "/v1/nodes/node-1/operators", "[\"olga\"]");
        api.send(200, "PUT", "/v1/nodes/node-2/operators", "[\"oscar\"]");
        api.send(200, "PUT", "/v1/policy", """
                {"policy_version":1,"name":"people","governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury","security"]},
                              {"name":"ada","public_key":"%s","groups":["admin"]}],
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum","own_addresses":["%s"]}],
                 "rules":[{"id":"treasury","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},
                           "condition":"true"},{"id":"allow","effect":"allow","condition":"true"}]}
                """.formatted(key(), key(), walletAddress));
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    @Test
    void movingAnApprover_showsThePowerTheyKeep() throws Exception {
        api.server.tokens().issue("bob", Set.of(Role.APPROVER));

        JsonNode moved = api.send(200, "PUT", "/v1/people/bob/roles", "[\"auditor\"]");

        assertThat(moved.at("/before/roles").toString()).isEqualTo("[\"approver\"]");
        assertThat(moved.at("/after/roles").toString()).isEqualTo("[\"auditor\"]");
        assertThat(moved.at("/after/approver_groups").toString()).isEqualTo("[\"security\",\"treasury\"]");
        assertThat(moved.get("keeps").toString())
                .contains(
                        "approves in group(s) [security, treasury] through the signed policy until a governed change removes them")
                .contains("still carries [approver] until it is revoked");
        assertThat(moved.at("/exposure/changes")).isEmpty();
        assertThat(api.send(200, "GET", "/v1/people/bob", null).get("roles").toString())
                .isEqualTo("[\"auditor\"]");
    }

    @Test
    void movingTheOnlyInitiatorAway_makesPassingThePolicyUnreachable_andSaysSo() throws Exception {
        JsonNode moved = api.send(200, "PUT", "/v1/people/ivan/roles", "[\"auditor\"]");

        assertThat(moved.at("/exposure/changes/0/figure").asText()).isEqualTo("pass_policy");
        assertThat(moved.at("/exposure/changes/0/before").asInt()).isEqualTo(2);
        assertThat(moved.at("/exposure/changes/0/after").isNull()).isTrue();
        assertThat(moved.get("keeps")).isEmpty();
    }

    @Test
    void aMoveIsCheckedLikeANewPerson() throws Exception {
        assertThat(api.send(400, "PUT", "/v1/people/bob/roles", "[\"root\"]")
                        .at("/error/message")
                        .asText())
                .contains("roles[0]");
        api.send(400, "PUT", "/v1/people/bob/roles", "[]");
        api.send(404, "PUT", "/v1/people/nobody/roles", "[\"auditor\"]");
        api.send(200, "POST", "/v1/people/bob/offboard", "{\"reason\":\"left\"}");
        assertThat(api.send(409, "PUT", "/v1/people/bob/roles", "[\"auditor\"]")
                        .at("/error/message")
                        .asText())
                .contains("offboarded");
    }

    @Test
    void aLeaver_keepsEveryPowerUntilOffboarded_andTheExposureSaysSo() throws Exception {
        JsonNode leaving = api.send(200, "POST", "/v1/people/bob/leaving", "{\"last_day\":\"2026-12-18\"}");

        assertThat(leaving.get("employment").asText()).isEqualTo("leaving");
        assertThat(leaving.get("leaving_on").asText()).isEqualTo("2026-12-18");
        assertThat(leaving.get("previous_leaving_on").isNull()).isTrue();
        assertThat(leaving.get("keeps").toString()).contains("approves in group(s) [security, treasury]");
        assertThat(api.send(200, "GET", "/v1/exposure", null).toString()).contains("leaving_with_power");
        assertThat(api.send(400, "POST", "/v1/people/bob/leaving", "{\"last_day\":\"2026-12-01\"}")
                        .at("/error/message")
                        .asText())
                .contains("field 'last_day' must be today (2026-12-07) or later");
        api.send(400, "POST", "/v1/people/bob/leaving", "{\"last_day\":\"next week\"}");
        assertThat(api.send(200, "POST", "/v1/people/bob/leaving", "{\"last_day\":\"2026-12-20\"}")
                        .get("previous_leaving_on")
                        .asText())
                .isEqualTo("2026-12-18");
    }

    @Test
    void aSharedHost_inTheRegistry_lowersSignOutsidePolicy_andRaisesTheFloorAlarm() throws Exception {
        // olga operates node-1, oscar node-2: two of three nodes sign, so they must act together
        assertThat(api.send(200, "GET", "/v1/exposure", null)
                        .at("/wallets/0/sign_outside_policy")
                        .asInt())
                .isEqualTo(2);

        JsonNode host = api.send(200, "PUT", "/v1/resources/host-a", "{\"kind\":\"host\",\"nodes\":[\"node-2\"]}");
        assertThat(host.at("/exposure/changes")).isEmpty();
        JsonNode cloud = api.send(
                200, "PUT", "/v1/resources/aws-prod", "{\"kind\":\"cloud_account\",\"contains\":[\"host-a\"]}");
        assertThat(cloud.get("replaced").asBoolean()).isFalse();

        JsonNode access = api.send(200, "PUT", "/v1/people/olga/access", "[\"aws-prod\"]");

        assertThat(access.at("/after/reaches_nodes").toString()).isEqualTo("[\"node-1\",\"node-2\"]");
        assertThat(access.at("/exposure/changes/0/sentence").asText())
                .contains("hot-eth-1")
                .contains("from 2 to 1");
        assertThat(access.at("/exposure/findings").toString()).contains("lowered_below_floor");
        assertThat(api.send(200, "GET", "/v1/exposure", null)
                        .at("/wallets/0/single_points_of_failure")
                        .toString())
                .contains("olga");
        assertThat(api.alerts("exposure_floor")).isNotEmpty();
        assertThat(api.send(200, "GET", "/v1/resources", null).toString()).contains("\"reached_by\":[\"olga\"]");
    }

    @Test
    void resourcesAndAccess_refuseWhatDoesNotExist() throws Exception {
        assertThat(api.send(400, "PUT", "/v1/resources/host-a", "{\"nodes\":[\"node-9\"]}")
                        .at("/error/message")
                        .asText())
                .contains("field 'nodes[0]': no node 'node-9'");
        assertThat(api.send(400, "PUT", "/v1/resources/host-a", "{\"contains\":[\"nowhere\"]}")
                        .at("/error/message")
                        .asText())
                .contains("field 'contains[0]'");
        api.send(400, "PUT", "/v1/resources/host-a", "{\"kind\":\"Big Host\"}");
        api.send(400, "PUT", "/v1/resources/host-a", "{\"nodes\":[\"node-1\"],\"acess\":[]}");
        assertThat(api.send(400, "PUT", "/v1/people/olga/access", "[\"host-z\"]")
                        .at("/error/message")
                        .asText())
                .contains("no resource 'host-z'");
        api.send(404, "PUT", "/v1/people/nobody/access", "[]");
    }

    private static String key() {
        return SigningKey.generate(new SecureRandom()).publicKey().toHex();
    }
}
