package dev.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.access.Role;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request waiting for approvals when a new policy version activates: its approval terms are renewed under the new
 * version, an approval made under the old terms no longer counts, and one under the new terms gets it signed.
 */
class RequestTermsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String DESTINATION = "0x1111111111111111111111111111111111111111";

    @TempDir
    Path folder;

    private final SigningKey bob = SigningKey.generate(new SecureRandom());
    private final SigningKey alice = SigningKey.generate(new SecureRandom());
    private InMemoryCluster cluster;
    private CustodyServer server;
    private ServerClient client;
    private String admin;
    private String initiator;
    private String approver;
    private String address;
    private String verdictKey;

    @BeforeEach
    void start() throws Exception {
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        server = CustodyServer.start(CustodySettings.development(folder, "127.0.0.1", 0), cluster, Clock.systemUTC());
        client = new ServerClient(server.port());
        admin = server.tokens().issue("root", Set.of(Role.ADMIN));
        initiator = server.tokens().issue("ivan", Set.of(Role.INITIATOR));
        approver = server.tokens().issue("bob", Set.of(Role.APPROVER));
        address = client.expect(
                        201,
                        "POST",
                        "/v1/wallets",
                        admin,
                        "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}")
                .get("address")
                .asText()
                .toLowerCase();
        verdictKey = client.expect(200, "GET", "/v1/detection", admin, null)
                .get("verdict_key")
                .asText();
        client.expect(200, "PUT", "/v1/policy", admin, policy(1, "[]"));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        cluster.close();
    }

    @Test
    void policyChangeWhileARequestWaits_renewsItsTerms_andOnlyApprovalsUnderThemCount() throws Exception {
        JsonNode submitted = client.expect(201, "POST", "/v1/requests", initiator, transfer());
        String id = submitted.get("id").asText();
        assertThat(submitted.at("/approval/policy_version").asLong()).isEqualTo(1);
        byte[] oldDigest = HEX.parseHex(submitted.at("/approval/digest").asText());
        String oldExpiry = submitted.at("/approval/expires_at").asText();

        JsonNode proposal = client.expect(201, "POST", "/v1/policy/proposals", admin, policy(2, "[\"cold-1\"]"));
        byte[] change = HEX.parseHex(proposal.get("digest").asText());
        JsonNode activated = client.expect(
                200,
                "POST",
                "/v1/policy/proposals/" + proposal.get("id").asText() + "/approvals",
                admin,
                "{\"admin\":\"alice\",\"signature\":\"" + HEX.formatHex(alice.sign(change)) + "\"}");
        assertThat(activated.get("status").asText()).isEqualTo("activated");

        JsonNode renewed = awaitTermsVersion(id, 2);
        assertThat(renewed.get("status").asText()).isEqualTo("pending_approval");
        assertThat(renewed.at("/approval/digest").asText()).isNotEqualTo(HEX.formatHex(oldDigest));

        JsonNode stale = client.expect(
                403, "POST", "/v1/requests/" + id + "/approvals", approver, approval(oldDigest, oldExpiry));
        assertThat(stale.at("/error/message").asText())
                .contains("does not verify for this request, payload and policy");

        byte[] digest = HEX.parseHex(renewed.at("/approval/digest").asText());
        client.expect(
                200,
                "POST",
                "/v1/requests/" + id + "/approvals",
                approver,
                approval(digest, renewed.at("/approval/expires_at").asText()));
        client.awaitStatus(admin, id, "signed", "signing", "pending_approval");
        JsonNode audit = client.expect(200, "GET", "/v1/audit/entries?limit=500", admin, null);
        List<String> actions = new java.util.ArrayList<>();
        for (JsonNode entry : audit.get("entries")) {
            String text = new String(
                    java.util.Base64.getDecoder().decode(entry.get("entry").asText()));
            actions.add(new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(text)
                    .get("action")
                    .asText());
        }
        assertThat(actions).containsSubsequence("policy.activated", "request.terms_renewed", "request.approved");
    }

    private JsonNode awaitTermsVersion(String id, long version) throws Exception {
        JsonNode request = client.expect(200, "GET", "/v1/requests/" + id, admin, null);
        for (int i = 0; i < 100 && request.at("/approval/policy_version").asLong() != version; i++) {
            Thread.sleep(100);
            request = client.expect(200, "GET", "/v1/requests/" + id, admin, null);
        }
        assertThat(request.at("/approval/policy_version").asLong())
                .as(request.toString())
                .isEqualTo(version);
        return request;
    }

    private String approval(byte[] digest, String expiresAt) {
        return "{\"approver\":\"bob\",\"signature\":\"%s\",\"expires_at\":\"%s\"}"
                .formatted(HEX.formatHex(bob.sign(digest)), expiresAt);
    }

    private String transfer() {
        return "{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"raw_tx\":\"" + Transfers.oneEther(DESTINATION)
                + "\"}";
    }

    private String policy(int version, String frozen) {
        return """
                {"policy_version":%d,"name":"terms","destination_cooldown_seconds":0,
                 "governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury"]},
                              {"name":"alice","public_key":"%s","groups":["admin"]}],
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum","own_addresses":["%s"]}],
                 "prices":{"as_of":"2026-12-01","assets":[{"chain":"ethereum","asset":"native","usd":"2000","decimals":18}]},
                 "destinations":[{"address":"%s","label":"exchange","added_at":"2026-01-01T00:00:00Z"}],
                 "detection":{"verdict_key":"%s"},
                 "known_contracts":[],"frozen_wallets":%s,
                 "rules":[
                   {"id":"treasury-approves","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},"condition":"true"},
                   {"id":"allow-active-destination","effect":"allow","condition":"destination.active"}]}
                """.formatted(
                version, bob.publicKey().toHex(), alice.publicKey().toHex(), address, DESTINATION, verdictKey, frozen);
    }
}
