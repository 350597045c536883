package dev.custos.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.eval.Decision;
import dev.custos.policy.eval.EvaluationInput;
import dev.custos.policy.eval.PolicyEvaluator;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.velocity.VelocityTracker;
import dev.custos.policy.verdict.SignedVerdict;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared test data: approvers with fresh device keys, a base request event and policy documents. */
public final class Fixtures {
    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    public static final String DESTINATION = "0x1111111111111111111111111111111111111111";

    /** alice initiates; bob, carol, dave are treasury; erin is security; frank and grace are admins. */
    public final Map<String, DeviceKey> keys = new LinkedHashMap<>();

    /** The detection service's verdict key, named in every fixture policy. */
    public final DeviceKey detectionKey = DeviceKey.generate(new SecureRandom());

    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    public Fixtures() {
        SecureRandom random = new SecureRandom();
        add(random, "alice", List.of("treasury"));
        add(random, "bob", List.of("treasury"));
        add(random, "carol", List.of("treasury"));
        add(random, "dave", List.of("treasury"));
        add(random, "erin", List.of("security"));
        add(random, "frank", List.of("admin"));
        add(random, "grace", List.of("admin"));
        add(random, "heidi", List.of("admin"));
    }

    private void add(SecureRandom random, String name, List<String> memberOf) {
        keys.put(name, DeviceKey.generate(random));
        groups.put(name, memberOf);
    }

    /** A policy document with the fixture's approvers, one destination added a week before NOW, and the rules. */
    public ObjectNode document(long version, String rulesJson) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("policy_version", version);
        root.put("name", "test");
        root.put("destination_cooldown_seconds", 86_400);
        root.putObject("governance").put("admin_quorum", 2).put("timelock_seconds", 3600);
        ArrayNode approvers = root.putArray("approvers");
        keys.forEach((name, key) -> {
            ObjectNode approver = approvers.addObject();
            approver.put("name", name);
            approver.put("public_key", HexFormat.of().formatHex(key.publicKey()));
            ArrayNode memberOf = approver.putArray("groups");
            groups.get(name).forEach(memberOf::add);
        });
        root.putArray("destinations")
                .addObject()
                .put("address", DESTINATION)
                .put("label", "exchange deposit")
                .put("added_at", "2026-02-20T00:00:00Z");
        root.putArray("known_contracts")
                .addObject()
                .put("address", Payloads.USDC)
                .put("label", "USDC")
                .put("standard", "erc20");
        root.putArray("frozen_wallets");
        root.set("rules", read(rulesJson));
        ArrayNode wallets = root.putArray("wallets");
        wallets.addObject().put("id", "w-1").put("tier", "warm").put("chain", "ethereum");
        wallets.addObject().put("id", "hot-1").put("tier", "hot").put("chain", "ethereum");
        ObjectNode prices = root.putObject("prices");
        prices.put("as_of", "2026-03-01");
        ArrayNode assets = prices.putArray("assets");
        assets.addObject()
                .put("chain", "ethereum")
                .put("asset", "native")
                .put("usd", "2000")
                .put("decimals", 18);
        assets.addObject()
                .put("chain", "ethereum")
                .put("asset", Payloads.USDC)
                .put("usd", "1")
                .put("decimals", 6);
        root.putObject("detection").put("verdict_key", HexFormat.of().formatHex(detectionKey.publicKey()));
        return root;
    }

    /**
     * The shipped baseline policy deployed as an operator would: the fixture's approvers, DESTINATION allowlisted at
     * {@code destinationAddedAt}, USDC as a known ERC-20, wallets w-1 (warm) and hot-1, prices and the detection key.
     */
    public Policy deployedBaseline(Instant destinationAddedAt) {
        ObjectNode root = (ObjectNode) read(PolicyParser.baseline().canonicalJson());
        ObjectNode fixture = document(1, "[]");
        for (String field : List.of("approvers", "known_contracts", "wallets", "prices", "detection")) {
            root.set(field, fixture.get(field));
        }
        root.putArray("destinations")
                .addObject()
                .put("address", DESTINATION)
                .put("label", "exchange deposit")
                .put("added_at", destinationAddedAt.toString());
        return PolicyParser.parse(root);
    }

    /**
     * Decides {@code event} with the evaluator's clock at {@code now}, with a detection verdict signed by the fixture's
     * detection key for this request, scoring what the event's {@code custos.risk.score} says (0 if absent): the
     * detection service agrees with the claim, so only the rules under test decide.
     */
    public Decision decide(Policy policy, ObjectNode event, VelocityTracker velocity, Instant now) {
        SigningRequest request = RequestParser.parse(event, policy, now);
        byte[] digest = RequestDigest.of(request, policy);
        int score = event.path("custos.risk.score").asInt(0);
        SignedVerdict verdict = verdict(digest, score, now.minusSeconds(60), now.plusSeconds(600));
        return PolicyEvaluator.evaluate(
                policy,
                new EvaluationInput(request, Optional.of(verdict), digest),
                velocity,
                Clock.fixed(now, ZoneOffset.UTC));
    }

    public Decision decide(Policy policy, ObjectNode event) {
        return decide(policy, event, new VelocityTracker(), NOW);
    }

    /** A verdict signed by the fixture's detection key. */
    public SignedVerdict verdict(byte[] digest, int score, Instant issuedAt, Instant expiresAt) {
        List<String> reasons = score == 0 ? List.of() : List.of("test_detector");
        byte[] signature = detectionKey.sign(SignedVerdict.signedMessage(digest, score, reasons, issuedAt, expiresAt));
        return new SignedVerdict(digest, score, reasons, issuedAt, expiresAt, signature);
    }

    public Policy policy(String rulesJson) {
        return PolicyParser.parse(document(1, rulesJson));
    }

    /**
     * A signing request from warm wallet w-1 whose payload (a raw EIP-1559 transaction) pays 1,000 USDC to DESTINATION,
     * and whose claims say the same (1,000 USD to DESTINATION, balance 1,000,000 USD).
     */
    public static ObjectNode event() {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("@timestamp", NOW.toString());
        event.put("event.category", "api");
        event.put("event.action", "signing.request");
        event.put("custos.request.id", "req-1");
        event.put("user.name", "alice");
        event.put("custos.role", "operator");
        event.putObject("custos")
                .putObject("wallet")
                .put("id", "w-1")
                .put("tier", "warm")
                .put("balance_usd", 1e6);
        event.put("custos.tx.chain", "ethereum");
        event.put("custos.tx.asset", "USDC");
        event.put("custos.tx.to", DESTINATION);
        event.put("custos.tx.amount", "1000");
        event.put("custos.tx.amount_usd", 1000.0);
        event.put("custos.tx.raw", Payloads.usdcTransfer(DESTINATION, BigInteger.valueOf(1_000_000_000L)));
        return event;
    }

    public static SigningRequest request(Policy policy, ObjectNode event) {
        return RequestParser.parse(event, policy, NOW);
    }

    /** Adds a signed approval by {@code approver} for the request the event describes under {@code policy}. */
    public void approve(ObjectNode event, Policy policy, String approver, long policyVersion, Instant expiresAt) {
        SigningRequest request = request(policy, event);
        byte[] signature = keys.get(approver).sign(RequestDigest.of(request, policyVersion, expiresAt));
        addApproval(event, approver, policyVersion, expiresAt, signature);
    }

    public static void addApproval(
            ObjectNode event, String approver, long policyVersion, Instant expiresAt, byte[] signature) {
        ArrayNode approvals = event.has("custos.approvals")
                ? (ArrayNode) event.get("custos.approvals")
                : event.putArray("custos.approvals");
        approvals
                .addObject()
                .put("approver", approver)
                .put("policy_version", policyVersion)
                .put("expires_at", expiresAt.toString())
                .put("signature", HexFormat.of().formatHex(signature));
    }

    public static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
