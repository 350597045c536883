package dev.custos.cli.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.cli.approve.ApproveCommandTest;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyEvalCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NOW = "2026-03-02T12:00:00Z";

    @TempDir
    Path folder;

    /** A 1,000 USD transfer from a 1,000,000 USD wallet to a destination allowlisted three days earlier. */
    private static ObjectNode transfer() {
        ObjectNode event = MAPPER.createObjectNode();
        event.put("@timestamp", NOW);
        event.put("event.category", "api");
        event.put("event.action", "signing.request");
        ObjectNode custos = event.putObject("custos");
        custos.putObject("request").put("id", "req-42");
        custos.putObject("wallet").put("id", "treasury-1").put("tier", "warm").put("balance_usd", 1_000_000);
        custos.putObject("tx")
                .put("chain", "ethereum")
                .put("to", "0x1111111111111111111111111111111111111111")
                .put("asset", "ETH")
                .put("amount", "0.4")
                .put("amount_usd", 1000);
        event.put("custos.destination.allowlisted_at", "2026-02-27T12:00:00Z");
        event.putObject("user").put("name", "alice");
        return event;
    }

    private String write(String name, JsonNode node) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, MAPPER.writeValueAsString(node));
        return file.toString();
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.out().lines().count()).isEqualTo(1);
        return MAPPER.readTree(run.out());
    }

    private static JsonNode bybitMalicious() throws IOException {
        try (InputStream in = PolicyEvalCommandTest.class.getResourceAsStream("/policy/bybit-safe-tx-71.json")) {
            return MAPPER.readTree(in).get("results").get(0);
        }
    }

    @Test
    void allowlistedTransfer_baseline_allows() throws IOException {
        CliRun run = CliRun.of("policy", "eval", "--request", write("r.json", transfer()), "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        JsonNode decision = json(run);
        assertThat(decision.fieldNames())
                .toIterable()
                .contains("decision", "required_approvals", "delay_seconds", "reasons", "matched_rules");
        assertThat(decision.get("decision").asText()).isEqualTo("allow");
        assertThat(decision.get("matched_rules").toString()).isEqualTo("[\"allow-active-destination\"]");
        assertThat(decision.get("delay_seconds").asLong()).isZero();
    }

    @Test
    void bybitMaliciousSafeTransaction_baseline_denies() throws IOException {
        ObjectNode event = transfer();
        ((ObjectNode) event.get("custos").get("tx")).remove("to");
        event.remove("custos.destination.allowlisted_at");
        event.set("custos.tx.safe", bybitMalicious());
        event.put("custos.tx.safe_version", "1.1.1");

        CliRun run = CliRun.of("policy", "eval", "--request", write("bybit.json", event), "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        JsonNode decision = json(run);
        assertThat(decision.get("decision").asText()).isEqualTo("deny");
        assertThat(decision.get("matched_rules").toString()).contains("deny-delegatecall", "deny-unknown-target");
        assertThat(decision.get("reasons").toString()).contains("delegatecall");
    }

    @Test
    void highRisk_baseline_escalates() throws IOException {
        ObjectNode event = transfer();
        event.put("custos.risk.score", 80);
        event.putArray("custos.risk.reasons").add("impossible_travel");

        JsonNode decision = json(CliRun.of("policy", "eval", "--request", write("r.json", event), "--json"));

        assertThat(decision.get("decision").asText()).isEqualTo("escalate");
        assertThat(decision.get("required_approvals").get(0).get("group").asText())
                .isEqualTo("security");
        assertThat(decision.get("required_approvals").get(0).get("quorum").asInt())
                .isEqualTo(1);
    }

    @Test
    void criticalRisk_baseline_denies() throws IOException {
        ObjectNode event = transfer();
        event.put("custos.risk.score", 96);

        JsonNode decision = json(CliRun.of("policy", "eval", "--request", write("r.json", event), "--json"));

        assertThat(decision.get("decision").asText()).isEqualTo("deny");
        assertThat(decision.get("matched_rules").toString()).contains("deny-critical-risk");
    }

    @Test
    void highRisk_withSignedSecurityApproval_allows() throws Exception {
        DeviceKey erin = DeviceKey.generate(new SecureRandom());
        ObjectNode document =
                (ObjectNode) MAPPER.readTree(PolicyParser.baseline().canonicalJson());
        document.putArray("approvers")
                .addObject()
                .put("name", "erin")
                .put("public_key", HexFormat.of().formatHex(erin.publicKey()))
                .putArray("groups")
                .add("security");
        document.withArray("destinations")
                .addObject()
                .put("address", "0x1111111111111111111111111111111111111111")
                .put("label", "exchange")
                .put("added_at", "2026-02-27T12:00:00Z");
        Policy policy = PolicyParser.parse(document);
        ObjectNode event = transfer();
        event.put("custos.risk.score", 80);
        // approvals bind a payload: 0.4 ETH to the destination, an unsigned EIP-1559 transaction on chain 1
        event.put(
                "custos.tx.raw",
                ApproveCommandTest.rawTransaction(
                        "0x1111111111111111111111111111111111111111",
                        new java.math.BigInteger("400000000000000000"),
                        new byte[0]));
        Instant expiry = Instant.parse(NOW).plusSeconds(900);
        byte[] digest = RequestDigest.of(RequestParser.parse(event, policy, Instant.parse(NOW)), 1, expiry);
        event.putArray("custos.approvals")
                .addObject()
                .put("approver", "erin")
                .put("policy_version", 1)
                .put("expires_at", expiry.toString())
                .put("signature", HexFormat.of().formatHex(erin.sign(digest)));
        String request = write("r.json", event);
        String policyFile = write("p.json", document);

        JsonNode valid =
                json(CliRun.of("policy", "eval", "--request", request, "--policy", policyFile, "--now", NOW, "--json"));
        JsonNode late = json(CliRun.of(
                "policy", "eval", "--request", request, "--policy", policyFile, "--now", expiry.toString(), "--json"));

        assertThat(valid.get("decision").asText()).isEqualTo("allow");
        assertThat(late.get("decision").asText()).isEqualTo("escalate");
    }

    @Test
    void textOutput_namesDecisionReasonsAndRules() throws IOException {
        ObjectNode event = transfer();
        event.put("custos.risk.score", 80);

        CliRun run = CliRun.of("policy", "eval", "--request", write("r.json", event));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out())
                .contains("request req-42: ESCALATE")
                .contains("security: 0 of 1")
                .contains("escalate-high-risk (require_approvals)");
    }

    @Test
    void missingRequestFile_exit2() {
        CliRun run = CliRun.of(
                "policy", "eval", "--request", folder.resolve("absent.json").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void requestNotJson_exit2() throws IOException {
        Path file = folder.resolve("bad.json");
        Files.writeString(file, "{not json");

        CliRun run = CliRun.of("policy", "eval", "--request", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("not valid JSON");
    }

    @Test
    void requestWithoutWallet_exit2() throws IOException {
        ObjectNode event = transfer();
        ((ObjectNode) event.get("custos")).remove("wallet");

        CliRun run = CliRun.of("policy", "eval", "--request", write("r.json", event));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("custos.wallet.id");
    }

    @Test
    void wrongEventAction_exit2() throws IOException {
        ObjectNode event = transfer();
        event.put("event.action", "login");

        CliRun run = CliRun.of("policy", "eval", "--request", write("r.json", event));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("signing.request");
    }

    @Test
    void policyWithCelError_exit2NamingRule() throws IOException {
        ObjectNode policy = MAPPER.createObjectNode();
        policy.put("policy_version", 1);
        policy.putArray("rules")
                .addObject()
                .put("id", "bad-cel")
                .put("effect", "deny")
                .put("condition", "amount_usd >> 3");

        CliRun run = CliRun.of(
                "policy", "eval", "--request", write("r.json", transfer()), "--policy", write("p.json", policy));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("rule 'bad-cel'").contains("does not compile");
    }

    @Test
    void history_velocityOverQuarterOfBalanceIn24h_escalates() throws IOException {
        StringBuilder history = new StringBuilder();
        for (int hour = 1; hour <= 3; hour++) {
            ObjectNode past = MAPPER.createObjectNode();
            past.put("@timestamp", Instant.parse(NOW).minusSeconds(3600L * hour).toString());
            past.put("event.action", "signing.request");
            past.put("custos.wallet.id", "treasury-1");
            past.put("custos.tx.amount_usd", 90_000);
            history.append(MAPPER.writeValueAsString(past)).append('\n');
        }
        Path file = folder.resolve("history.ndjson");
        Files.writeString(file, history);
        String request = write("r.json", transfer());

        JsonNode without = json(CliRun.of("policy", "eval", "--request", request, "--json"));
        JsonNode with = json(CliRun.of("policy", "eval", "--request", request, "--history", file.toString(), "--json"));

        assertThat(without.get("decision").asText()).isEqualTo("allow");
        assertThat(with.get("decision").asText()).isEqualTo("escalate");
        assertThat(with.get("matched_rules").toString()).contains("escalate-daily-velocity");
    }

    @Test
    void historyWithBadLine_exit2NamingLine() throws IOException {
        Path file = folder.resolve("history.ndjson");
        Files.writeString(file, "{\"@timestamp\":\"2026-03-02T10:00:00Z\",\"custos.wallet.id\":\"w\"}\n{oops\n");

        CliRun run =
                CliRun.of("policy", "eval", "--request", write("r.json", transfer()), "--history", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("line 2");
    }
}
