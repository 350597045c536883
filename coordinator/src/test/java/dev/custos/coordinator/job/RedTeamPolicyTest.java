package dev.custos.coordinator.job;

import static dev.custos.coordinator.job.Enforcement.approval;
import static dev.custos.coordinator.job.Enforcement.request;
import static dev.custos.coordinator.job.Enforcement.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.policy.PolicyInstallException;
import dev.custos.policy.approval.DeviceKey;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The red team against enforcing nodes: three in-process nodes, each with a {@code PolicyAuthorizer} over the policy
 * a quorum of the committee's admins installed, behind a job engine that forwards whatever the attacker wants. Each
 * attack must end with no signature and a refusal that names the cause; a properly approved request is signed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedTeamPolicyTest {
    static final List<String> NODES = SigningAcrossNodesTest.NODES;
    static final String HOT = "hot-eth";
    static final String COLD = "cold-eth";
    static final String VELOCITY = "velocity-eth";

    final Enforcement people = new Enforcement();
    Cluster cluster;
    Recorder recorder;
    long nonce;

    @BeforeAll
    void start(@TempDir Path root) throws Exception {
        cluster = new Cluster(
                root,
                NODES,
                Enforcement.enforcing(),
                new DerivedPayloadAuthorizer(),
                Cluster.settings(Duration.ofSeconds(60), 1, 0));
        recorder = Recorder.on(cluster.links);
        for (String wallet : List.of(HOT, COLD, VELOCITY)) {
            cluster.engine
                    .generateKey(new WalletId(wallet), Scheme.ECDSA_SECP256K1, 2, NODES)
                    .get(120, TimeUnit.SECONDS);
        }
        Enforcement.install(cluster, NODES, Enforcement.signed(1, people.policy(1, ""), cluster.admins.subList(0, 2)));
    }

    @AfterAll
    void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void properlyApprovedRequestIsSignedAndTheSignatureVerifies() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        SignRequest request = request(
                raw,
                "r-approved",
                "alice",
                List.of(
                        approval("bob", people.bob, raw, HOT, "r-approved", 1),
                        approval("carol", people.carol, raw, HOT, "r-approved", 1)),
                Optional.of(verdict(people.detection, raw, HOT, "r-approved", 1, 10)));
        SigningResult result = cluster.engine.sign(new WalletId(HOT), request).get(120, TimeUnit.SECONDS);

        EthereumTransaction signed =
                TransactionDecoder.decode(result.signedTransaction().orElseThrow());
        Wallet wallet = cluster.engine.wallet(new WalletId(HOT)).orElseThrow();
        assertThat(signed.sender().orElseThrow().toChecksumHex())
                .isEqualTo(wallet.address().orElseThrow());
        assertThat(signed.signingHash().bytes()).isEqualTo(result.message());
        assertThat(TransactionDecoder.decode(raw).signingHash().bytes()).isEqualTo(result.message());
        for (String node : result.signers()) {
            assertThat(Enforcement.authorizer(cluster, node).ledger().spend("r-approved"))
                    .isPresent();
        }
    }

    @Test
    @Order(2)
    void payloadChangedAfterApprovalIsRefused() throws Exception {
        byte[] approved = Enforcement.ether(Payloads.RECIPIENT, 5, nonce);
        byte[] changed = Enforcement.ether(Payloads.RECIPIENT, 6, nonce++);
        String reason = refused(
                HOT,
                request(
                        changed,
                        "r-changed",
                        "alice",
                        List.of(
                                approval("bob", people.bob, approved, HOT, "r-changed", 1),
                                approval("carol", people.carol, approved, HOT, "r-changed", 1)),
                        Optional.of(verdict(people.detection, approved, HOT, "r-changed", 1, 10))));
        assertThat(reason)
                .contains("escalates")
                .contains("group treasury must approve: 0 of 2 valid approvals (escalate-large-amount)")
                .contains("signature by bob does not verify for this request, payload and policy version")
                .contains("detection verdict digest_mismatch");
    }

    @Test
    @Order(3)
    void walletSwappedAfterApprovalIsRefused() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        String reason = refused(
                COLD,
                request(
                        raw,
                        "r-swapped",
                        "alice",
                        List.of(
                                approval("bob", people.bob, raw, HOT, "r-swapped", 1),
                                approval("carol", people.carol, raw, HOT, "r-swapped", 1)),
                        Optional.of(verdict(people.detection, raw, HOT, "r-swapped", 1, 10))));
        assertThat(reason)
                .contains("0 of 2 valid approvals")
                .contains("signature by carol does not verify")
                .contains("digest_mismatch");
    }

    @Test
    @Order(4)
    void approvalOfAnotherRequestIsNotReplayable() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        String reason = refused(
                HOT,
                request(
                        raw,
                        "r-replay-target",
                        "alice",
                        List.of(
                                approval("bob", people.bob, raw, HOT, "r-replay-source", 1),
                                approval("carol", people.carol, raw, HOT, "r-replay-source", 1)),
                        Optional.of(verdict(people.detection, raw, HOT, "r-replay-target", 1, 10))));
        assertThat(reason).contains("0 of 2 valid approvals").contains("signature by bob does not verify");
    }

    @Test
    @Order(5)
    void initiatorCannotApproveTheirOwnRequest() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        String reason = refused(
                HOT,
                request(
                        raw,
                        "r-self",
                        "bob",
                        List.of(
                                approval("bob", people.bob, raw, HOT, "r-self", 1),
                                approval("carol", people.carol, raw, HOT, "r-self", 1)),
                        Optional.of(verdict(people.detection, raw, HOT, "r-self", 1, 10))));
        assertThat(reason)
                .contains("1 of 2 valid approvals")
                .contains("bob initiated the request and cannot approve it (four eyes)");
    }

    @Test
    @Order(6)
    void expiredApprovalDoesNotCount() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        Instant past = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        String reason = refused(
                HOT,
                request(
                        raw,
                        "r-expired",
                        "alice",
                        List.of(
                                approval("bob", people.bob, raw, HOT, "r-expired", 1),
                                approval("carol", people.carol, raw, HOT, "r-expired", 1, past)),
                        Optional.of(verdict(people.detection, raw, HOT, "r-expired", 1, 10))));
        assertThat(reason).contains("1 of 2 valid approvals").contains("approval by carol expired at " + past);
    }

    @Test
    @Order(7)
    void approvalFromAKeyNotInThePolicyDoesNotCount() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 5, nonce++);
        DeviceKey mallory = DeviceKey.generate(Enforcement.RANDOM);
        String reason = refused(
                HOT,
                request(
                        raw,
                        "r-outsider",
                        "alice",
                        List.of(
                                approval("bob", people.bob, raw, HOT, "r-outsider", 1),
                                approval("mallory", mallory, raw, HOT, "r-outsider", 1),
                                approval("carol", mallory, raw, HOT, "r-outsider", 1)),
                        Optional.of(verdict(people.detection, raw, HOT, "r-outsider", 1, 10))));
        assertThat(reason)
                .contains("1 of 2 valid approvals")
                .contains("approval by unknown approver mallory")
                .contains("signature by carol does not verify");
    }

    @Test
    @Order(8)
    void forgedOrMisboundVerdictCountsAsUnverified() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 1, nonce++);
        DeviceKey forger = DeviceKey.generate(Enforcement.RANDOM);
        String forged = refused(
                HOT,
                request(raw, "r-forged", "alice", List.of(), Optional.of(verdict(forger, raw, HOT, "r-forged", 1, 0))));
        assertThat(forged)
                .contains("group security must approve: 0 of 1 valid approvals (detection-verdict-unverified)")
                .contains("detection verdict wrong_key");
        String other = refused(
                HOT,
                request(
                        raw,
                        "r-verdict-target",
                        "alice",
                        List.of(),
                        Optional.of(verdict(people.detection, raw, HOT, "r-verdict-source", 1, 0))));
        assertThat(other).contains("detection verdict digest_mismatch");
        String dropped = refused(HOT, request(raw, "r-dropped", "alice", List.of(), Optional.empty()));
        assertThat(dropped).contains("detection verdict missing");
    }

    @Test
    @Order(9)
    void whatTheCoordinatorClaimsIsNeverRead() throws Exception {
        // The job has no field for a claimed recipient or USD amount: the nodes decide on the bytes, which pay 50M
        // USDC.
        byte[] toAttacker = Enforcement.usdc(Payloads.ATTACKER, 50_000_000, nonce++);
        assertThat(refused(
                        HOT,
                        request(
                                toAttacker,
                                "r-claims-attacker",
                                "alice",
                                List.of(),
                                Optional.of(verdict(people.detection, toAttacker, HOT, "r-claims-attacker", 1, 0)))))
                .contains("denies request r-claims-attacker: no allow rule matched (default deny)");
        byte[] large = Enforcement.usdc(Payloads.RECIPIENT, 50_000_000, nonce++);
        assertThat(refused(
                        HOT,
                        request(
                                large,
                                "r-claims-large",
                                "alice",
                                List.of(),
                                Optional.of(verdict(people.detection, large, HOT, "r-claims-large", 1, 0)))))
                .contains("group treasury must approve: 0 of 2 valid approvals (escalate-large-amount)");
    }

    @Test
    @Order(10)
    void bybitStyleSafeDelegatecallIsRefused() throws Exception {
        byte[] raw = Enforcement.safeDelegatecall("0x96221423681a6d52e184d440a8efcebb105c7242", nonce++);
        String reason = refused(
                HOT,
                request(
                        raw,
                        "r-bybit",
                        "alice",
                        List.of(
                                approval("bob", people.bob, raw, HOT, "r-bybit", 1),
                                approval("carol", people.carol, raw, HOT, "r-bybit", 1)),
                        Optional.of(verdict(people.detection, raw, HOT, "r-bybit", 1, 0))));
        assertThat(reason).contains("denies request r-bybit").contains("delegatecall");
    }

    @Test
    @Order(11)
    void jobWithoutRequestIdIsRefused() throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 1, nonce++);
        assertThat(refused(HOT, SignRequest.of(new TypedPayload(PayloadType.ETHEREUM_RAW_TX, raw))))
                .contains("the job names no request id");
    }

    @Test
    @Order(12)
    void velocityLimitHoldsAcrossRequestsRetriesAndRestarts() throws Exception {
        WalletId wallet = new WalletId(VELOCITY);
        SignRequest first = small("v-1");
        cluster.engine.sign(wallet, first).get(120, TimeUnit.SECONDS);
        for (String node : NODES) {
            cluster.restart(node);
        }
        SignRequest second = small("v-2");
        cluster.engine.sign(wallet, second).get(120, TimeUnit.SECONDS);
        String third = refused(VELOCITY, small("v-3"));
        assertThat(third).contains("denies request v-3").contains("deny-daily-velocity");
        // a retry of v-2 is decided as if for the first time and not counted twice: 8,000 USD in 24 hours
        cluster.engine.sign(wallet, second).get(120, TimeUnit.SECONDS);
        for (String node : List.of("node-a", "node-b")) {
            assertThat(Enforcement.authorizer(cluster, node).ledger().spend("v-2"))
                    .isPresent();
        }
        byte[] other = Enforcement.ether(Payloads.RECIPIENT, 1, nonce++);
        assertThat(refused(
                        VELOCITY,
                        request(
                                other,
                                "v-2",
                                "alice",
                                List.of(),
                                Optional.of(verdict(people.detection, other, VELOCITY, "v-2", 1, 0)))))
                .contains("request id 'v-2' was signed before for another wallet or payload");
    }

    @Test
    @Order(100)
    void policyDowngradeAndUnderSignedPolicyAreRefusedAndTheInstalledOneStillRules() throws Exception {
        String freezeHot = """
                {"id": "deny-hot-frozen", "effect": "deny", "condition": "wallet.id == 'hot-eth'"},""";
        Enforcement.install(
                cluster, NODES, Enforcement.signed(2, people.policy(2, freezeHot), cluster.admins.subList(1, 3)));
        for (String node : NODES) {
            assertThatThrownBy(() -> Enforcement.authorizer(cluster, node)
                            .policies()
                            .install(
                                    Enforcement.signed(1, people.policy(1, ""), cluster.admins.subList(0, 2)),
                                    cluster.committee.admins()))
                    .isInstanceOf(PolicyInstallException.class)
                    .hasMessageContaining("below the installed version 2");
            assertThatThrownBy(() -> Enforcement.authorizer(cluster, node)
                            .policies()
                            .install(
                                    Enforcement.signed(3, people.policy(3, ""), cluster.admins.subList(0, 1)),
                                    cluster.committee.admins()))
                    .isInstanceOf(PolicyInstallException.class)
                    .hasMessageContaining("NOT_ENOUGH_SIGNATURES");
        }
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 1, nonce++);
        assertThat(refused(
                        HOT,
                        request(
                                raw,
                                "r-after-downgrade",
                                "alice",
                                List.of(),
                                Optional.of(verdict(people.detection, raw, HOT, "r-after-downgrade", 2, 0)))))
                .contains("policy version 2 denies request r-after-downgrade")
                .contains("deny-hot-frozen");
    }

    /** A 2 ETH (4,000 USD) payment to the allowlisted recipient from the velocity wallet, with a clean verdict. */
    private SignRequest small(String id) throws Exception {
        byte[] raw = Enforcement.ether(Payloads.RECIPIENT, 2, nonce++);
        return request(raw, id, "alice", List.of(), Optional.of(verdict(people.detection, raw, VELOCITY, id, 1, 0)));
    }

    private String refused(String wallet, SignRequest request) throws Exception {
        return Enforcement.refused(cluster, recorder, wallet, request);
    }
}
