package dev.custos.coordinator.job;

import static dev.custos.coordinator.job.Enforcement.approval;
import static dev.custos.coordinator.job.Enforcement.request;
import static dev.custos.coordinator.job.Enforcement.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.WalletId;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.request.PasskeyAssertion;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passkey approvals against enforcing nodes: carol approves with a passkey (no device key), and every node verifies her
 * WebAuthn assertion itself against the approval digest it recomputes. The coordinator forwards whatever the attacker
 * wants; a passkey assertion made for one request must not count for another.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedTeamPasskeyTest {
    static final List<String> NODES = SigningAcrossNodesTest.NODES;
    static final String HOT = "hot-eth";
    static final String RP_ID = "custody.example.com";
    static final String ORIGIN = "https://custody.example.com";
    static final int UP_UV = PasskeyAuthenticator.USER_PRESENT | PasskeyAuthenticator.USER_VERIFIED;

    final Enforcement people = new Enforcement();
    PasskeyAuthenticator carolPasskey;
    Cluster cluster;
    Recorder recorder;
    long nonce;

    @BeforeAll
    void start(@TempDir Path root) throws Exception {
        carolPasskey = new PasskeyAuthenticator();
        cluster = new Cluster(
                root,
                NODES,
                Enforcement.enforcing(),
                new DerivedPayloadAuthorizer(),
                Cluster.settings(Duration.ofSeconds(60), 1, 0));
        recorder = Recorder.on(cluster.links);
        cluster.engine
                .generateKey(new WalletId(HOT), Scheme.ECDSA_SECP256K1, 2, NODES)
                .get(120, TimeUnit.SECONDS);
        Enforcement.install(cluster, NODES, Enforcement.signed(1, policy(), cluster.admins.subList(0, 2)));
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The red-team policy, with carol's device key replaced by a passkey and the relying party added. */
    private String policy() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode document = (ObjectNode) mapper.readTree(people.policy(1, ""));
        for (var approver : document.get("approvers")) {
            if (approver.get("name").asText().equals("carol")) {
                ((ObjectNode) approver).remove("public_key");
                ((ObjectNode) approver).putArray("passkeys").add(mapper.readTree(carolPasskey.policyEntry()));
            }
        }
        document.putObject("webauthn").put("rp_id", RP_ID).putArray("origins").add(ORIGIN);
        return mapper.writeValueAsString(document);
    }

    /** carol's passkey approval, made for request {@code id} on {@code wallet} paying {@code raw}. */
    private Approval carol(byte[] raw, String wallet, String id, int flags) throws Exception {
        Instant expires = Enforcement.soon();
        byte[] digest = ApprovalDigest.of(Enforcement.subject(raw).facts(wallet, id, 1, expires));
        byte[][] parts = carolPasskey.assertion(digest, RP_ID, ORIGIN, flags);
        return new Approval(
                "carol", 1, expires, new PasskeyAssertion(carolPasskey.credentialId, parts[0], parts[1], parts[2]));
    }

    @Test
    void passkeyApprovalVerifiedByTheNodesCounts_andTheJobSigns() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        SignRequest request = request(
                raw,
                "r-passkey",
                "alice",
                List.of(approval("bob", people.bob, raw, HOT, "r-passkey", 1), carol(raw, HOT, "r-passkey", UP_UV)),
                Optional.of(verdict(people.detection, raw, HOT, "r-passkey", 1, 10)));

        SigningResult result = cluster.engine.sign(new WalletId(HOT), request).get(120, TimeUnit.SECONDS);

        assertThat(TransactionDecoder.decode(raw).signingHash().bytes()).isEqualTo(result.message());
        for (String node : result.signers()) {
            assertThat(Enforcement.authorizer(cluster, node).ledger().spend("r-passkey"))
                    .isPresent();
        }
    }

    @Test
    void passkeyAssertionForAnotherRequestIsRefusedByEveryNode() throws Exception {
        byte[] approved = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        byte[] attacked = Enforcement.ether(Payloads.RECIPIENT, 6, nonce++);
        String reason = refused(request(
                attacked,
                "r-b",
                "alice",
                List.of(approval("bob", people.bob, attacked, HOT, "r-b", 1), carol(approved, HOT, "r-a", UP_UV)),
                Optional.of(verdict(people.detection, attacked, HOT, "r-b", 1, 10))));

        assertThat(reason)
                .contains("group treasury must approve: 1 of 2 valid approvals (escalate-large-amount)")
                .contains("passkey approval by carol does not count: the challenge is not this request's approval"
                        + " digest");
    }

    @Test
    void passkeyAssertionWithoutUserVerificationIsRefusedByEveryNode() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        String reason = refused(request(
                raw,
                "r-no-uv",
                "alice",
                List.of(
                        approval("bob", people.bob, raw, HOT, "r-no-uv", 1),
                        carol(raw, HOT, "r-no-uv", PasskeyAuthenticator.USER_PRESENT)),
                Optional.of(verdict(people.detection, raw, HOT, "r-no-uv", 1, 10))));

        assertThat(reason).contains("passkey approval by carol does not count").contains("user-verified flag (UV)");
    }

    /** Signs {@code request}, expecting every node to refuse and no signature share to leave any node. */
    private String refused(SignRequest request) throws Exception {
        return Enforcement.refused(cluster, recorder, HOT, request);
    }
}
