package dev.custos.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.request.SigningRequest;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
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
    /** An unsigned EIP-1559 transaction on chain 1 sending 1 ETH to DESTINATION. */
    public static final String RAW_TRANSFER = rawTransfer(DESTINATION, BigInteger.TEN.pow(18));

    /** alice initiates; bob, carol, dave are treasury; erin is security; frank and grace are admins. */
    public final Map<String, DeviceKey> keys = new LinkedHashMap<>();

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
        root.putArray("frozen_wallets");
        root.set("rules", read(rulesJson));
        return root;
    }

    public Policy policy(String rulesJson) {
        return PolicyParser.parse(document(1, rulesJson));
    }

    /** A signing request for 1,000 USD of USDC from warm wallet w-1 (balance 1,000,000 USD) to DESTINATION. */
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
        return event;
    }

    /** An unsigned EIP-1559 transaction on chain 1 sending {@code wei} to {@code to}, in hex. */
    public static String rawTransfer(String to, BigInteger wei) {
        try {
            DynamicFeeTransaction transaction = new DynamicFeeTransaction(
                    BigInteger.ONE,
                    BigInteger.ZERO,
                    BigInteger.TEN.pow(9),
                    BigInteger.TEN.pow(10),
                    BigInteger.valueOf(21_000),
                    Optional.of(Address.fromHex(to)),
                    wei,
                    new byte[0],
                    List.of(),
                    Optional.empty());
            return Hex.encode(transaction.encode());
        } catch (DecodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static SigningRequest request(Policy policy, ObjectNode event) {
        return RequestParser.parse(event, policy, NOW);
    }

    /** The base event with a payload: {@link #RAW_TRANSFER}, 1 ETH to DESTINATION. */
    public static ObjectNode eventWithPayload() {
        ObjectNode event = event();
        event.put("custos.tx.raw", RAW_TRANSFER);
        return event;
    }

    /**
     * Adds a signed approval by {@code approver} for the request the event describes under {@code policy}. Approvals
     * bind a payload, so an event without one first gets {@link #RAW_TRANSFER}.
     */
    public void approve(ObjectNode event, Policy policy, String approver, long policyVersion, Instant expiresAt) {
        if (!event.has("custos.tx.raw") && !event.has("custos.tx.safe")) {
            event.put("custos.tx.raw", RAW_TRANSFER);
        }
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
