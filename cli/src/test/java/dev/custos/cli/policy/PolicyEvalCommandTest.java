package dev.custos.cli.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rlp.RlpEncoder;
import dev.custos.chain.rlp.RlpList;
import dev.custos.chain.rlp.RlpString;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.policy.approval.RequestDigest;
import dev.custos.policy.model.Policy;
import dev.custos.policy.model.PolicyParser;
import dev.custos.policy.request.RequestParser;
import dev.custos.policy.verdict.SignedVerdict;
import dev.custos.policy.verdict.VerdictJson;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyEvalCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String NOW = "2026-03-02T12:00:00Z";
    private static final String DESTINATION = "0x1111111111111111111111111111111111111111";
    private static final String ATTACKER = "0xeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee";
    private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";

    private final DeviceKey detection = DeviceKey.generate(new SecureRandom());

    @TempDir
    Path folder;

    /** An unsigned EIP-1559 transaction on chain 1 calling USDC's transfer(to, units). */
    private static String usdcTransfer(String to, BigInteger units) {
        AbiFunction transfer = AbiFunction.parse("transfer(address to,uint256 amount)");
        byte[] arguments;
        try {
            arguments = AbiEncoder.encode(
                    List.of(
                            transfer.parameters().get(0).type(),
                            transfer.parameters().get(1).type()),
                    List.of(new AbiValue.AddressValue(Address.fromHex(to)), new AbiValue.NumberValue(units)));
            byte[] data = new byte[4 + arguments.length];
            System.arraycopy(transfer.selector(), 0, data, 0, 4);
            System.arraycopy(arguments, 0, data, 4, arguments.length);
            byte[] body = RlpEncoder.encode(RlpList.of(
                    RlpString.ofUnsigned(1),
                    RlpString.ofUnsigned(0),
                    RlpString.ofUnsigned(1_000_000_000L),
                    RlpString.ofUnsigned(30_000_000_000L),
                    RlpString.ofUnsigned(100_000),
                    RlpString.of(Address.fromHex(USDC).bytes()),
                    RlpString.ofUnsigned(0),
                    RlpString.of(data),
                    RlpList.of()));
            return "0x02" + HexFormat.of().formatHex(body);
        } catch (DecodingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * A request from wallet treasury-1 whose payload pays 1,000 USDC to DESTINATION (allowlisted three days earlier in
     * {@link #policyDocument()}), and whose claims say the same.
     */
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
                .put("to", DESTINATION)
                .put("asset", "USDC")
                .put("amount", "1000")
                .put("amount_usd", 1000)
                .put("raw", usdcTransfer(DESTINATION, BigInteger.valueOf(1_000_000_000L)));
        event.putObject("user").put("name", "alice");
        return event;
    }

    /** The baseline deployed: wallet treasury-1, USDC priced at 1 USD, DESTINATION allowlisted, the verdict key. */
    private ObjectNode policyDocument() throws IOException {
        ObjectNode document =
                (ObjectNode) MAPPER.readTree(PolicyParser.baseline().canonicalJson());
        document.putArray("wallets")
                .addObject()
                .put("id", "treasury-1")
                .put("tier", "warm")
                .put("chain", "ethereum");
        document.putArray("known_contracts")
                .addObject()
                .put("address", USDC)
                .put("label", "USDC")
                .put("standard", "erc20");
        ObjectNode prices = document.putObject("prices");
        prices.put("as_of", "2026-03-01");
        prices.putArray("assets")
                .addObject()
                .put("chain", "ethereum")
                .put("asset", USDC)
                .put("usd", "1")
                .put("decimals", 6);
        document.putArray("destinations")
                .addObject()
                .put("address", DESTINATION)
                .put("label", "exchange deposit")
                .put("added_at", "2026-02-27T12:00:00Z");
        document.putObject("detection").put("verdict_key", HexFormat.of().formatHex(detection.publicKey()));
        return document;
    }

    /** A verdict by the detection key for {@code event} under {@code document}, valid around NOW. */
    private String verdict(ObjectNode event, ObjectNode document, int score) throws IOException {
        Policy policy = PolicyParser.parse(document);
        byte[] digest = RequestDigest.of(RequestParser.parse(event, policy, Instant.parse(NOW)), policy);
        Instant issued = Instant.parse(NOW).minusSeconds(60);
        Instant expires = Instant.parse(NOW).plusSeconds(3600);
        List<String> reasons = score == 0 ? List.of() : List.of("impossible_travel");
        byte[] signature = detection.sign(SignedVerdict.signedMessage(digest, score, reasons, issued, expires));
        return write(
                "verdict-" + score + ".json",
                VerdictJson.write(new SignedVerdict(digest, score, reasons, issued, expires, signature)));
    }

    private JsonNode eval(ObjectNode event, int score, String... extra) throws IOException {
        ObjectNode document = policyDocument();
        List<String> args = new ArrayList<>(List.of(
                "policy",
                "eval",
                "--request",
                write("r.json", event),
                "--policy",
                write("p.json", document),
                "--verdict",
                verdict(event, document, score),
                "--now",
                NOW,
                "--json"));
        args.addAll(List.of(extra));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        return json(run);
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
    void allowlistedTransfer_withVerifiedVerdict_allows_andPrintsTheDerivedFacts() throws IOException {
        JsonNode decision = eval(transfer(), 0);

        assertThat(decision.fieldNames())
                .toIterable()
                .contains(
                        "decision",
                        "required_approvals",
                        "delay_seconds",
                        "reasons",
                        "matched_rules",
                        "facts",
                        "claim_mismatches",
                        "risk");
        assertThat(decision.get("decision").asText()).isEqualTo("allow");
        assertThat(decision.get("matched_rules").toString()).isEqualTo("[\"allow-active-destination\"]");
        assertThat(decision.get("facts").get("recipients").toString()).isEqualTo("[\"" + DESTINATION + "\"]");
        assertThat(decision.get("facts").get("amount_usd").asText()).isEqualTo("1000.000000");
        assertThat(decision.get("facts").get("transfers").get(0).get("amount").asText())
                .isEqualTo("1000000000");
        assertThat(decision.get("claim_mismatches")).isEmpty();
        assertThat(decision.get("risk").get("verdict").asText()).isEqualTo("verified");
    }

    @Test
    void claimedAllowlistedTo_payloadPaysTheAttacker_deniesAndListsTheMismatch() throws IOException {
        ObjectNode event = transfer();
        ((ObjectNode) event.get("custos").get("tx"))
                .put("raw", usdcTransfer(ATTACKER, BigInteger.valueOf(1_000_000_000L)));

        JsonNode decision = eval(event, 0);

        assertThat(decision.get("decision").asText()).isEqualTo("deny");
        assertThat(decision.get("facts").get("recipients").toString()).isEqualTo("[\"" + ATTACKER + "\"]");
        assertThat(decision.get("claim_mismatches").toString()).contains("custos.tx.to claims " + DESTINATION);
    }

    @Test
    void claimedSmallAmount_with50MillionUsdc_escalatesOnTheDerivedAmount() throws IOException {
        ObjectNode event = transfer();
        ((ObjectNode) event.get("custos").get("tx"))
                .put("raw", usdcTransfer(DESTINATION, BigInteger.valueOf(50_000_000_000_000L)));

        JsonNode decision = eval(event, 0);

        assertThat(decision.get("decision").asText()).isEqualTo("escalate");
        assertThat(decision.get("matched_rules").toString())
                .contains("escalate-large-amount", "escalate-claim-mismatch");
        assertThat(decision.get("facts").get("amount_usd").asText()).isEqualTo("50000000.000000");
    }

    @Test
    void claimedRiskScoreZero_withoutVerdict_escalates() throws IOException {
        ObjectNode event = transfer();
        event.put("custos.risk.score", 0);

        CliRun run = CliRun.of(
                "policy",
                "eval",
                "--request",
                write("r.json", event),
                "--policy",
                write("p.json", policyDocument()),
                "--now",
                NOW,
                "--json");

        JsonNode decision = json(run);
        assertThat(decision.get("decision").asText()).isEqualTo("escalate");
        assertThat(decision.get("risk").get("verdict").asText()).isEqualTo("missing");
        assertThat(decision.get("matched_rules").toString()).contains("detection-verdict-unverified");
    }

    @Test
    void unknownWallet_exit2() throws IOException {
        ObjectNode event = transfer();
        ((ObjectNode) event.get("custos").get("wallet")).put("id", "nobody");

        CliRun run = CliRun.of(
                "policy", "eval", "--request", write("r.json", event), "--policy", write("p.json", policyDocument()));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("unknown wallet 'nobody'").contains("treasury-1");
    }

    @Test
    void shippedBaseline_declaresNoWallets_exit2() throws IOException {
        CliRun run = CliRun.of("policy", "eval", "--request", write("r.json", transfer()));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("unknown wallet 'treasury-1'").contains("declares no wallets");
    }

    @Test
    void unknownClaimedTier_exit2() throws IOException {
        ObjectNode event = transfer();
        ((ObjectNode) event.get("custos").get("wallet")).put("tier", "lukewarm");

        CliRun run = CliRun.of(
                "policy", "eval", "--request", write("r.json", event), "--policy", write("p.json", policyDocument()));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("lukewarm");
    }

    @Test
    void bybitMaliciousSafeTransaction_baseline_denies() throws IOException {
        ObjectNode event = transfer();
        ((ObjectNode) event.get("custos").get("tx")).remove(List.of("to", "raw"));
        event.set("custos.tx.safe", bybitMalicious());
        event.put("custos.tx.safe_version", "1.1.1");

        JsonNode decision = eval(event, 0);

        assertThat(decision.get("decision").asText()).isEqualTo("deny");
        assertThat(decision.get("matched_rules").toString())
                .contains("deny-delegatecall", "deny-unknown-target", "deny-incomplete-facts");
        assertThat(decision.get("facts").get("complete").asBoolean()).isFalse();
        assertThat(decision.get("reasons").toString()).contains("delegatecall");
    }

    @Test
    void highRisk_baseline_escalates() throws IOException {
        ObjectNode event = transfer();
        event.put("custos.risk.score", 80);
        event.putArray("custos.risk.reasons").add("impossible_travel");

        JsonNode decision = eval(event, 80);

        assertThat(decision.get("decision").asText()).isEqualTo("escalate");
        assertThat(decision.get("required_approvals").get(0).get("group").asText())
                .isEqualTo("security");
        assertThat(decision.get("required_approvals").get(0).get("quorum").asInt())
                .isEqualTo(1);
    }

    @Test
    void criticalRisk_baseline_denies() throws IOException {
        ObjectNode event = transfer();

        JsonNode decision = eval(event, 96);

        assertThat(decision.get("decision").asText()).isEqualTo("deny");
        assertThat(decision.get("matched_rules").toString()).contains("deny-critical-risk");
    }

    @Test
    void highRisk_withSignedSecurityApproval_allows() throws IOException {
        DeviceKey erin = DeviceKey.generate(new SecureRandom());
        ObjectNode document = policyDocument();
        document.putArray("approvers")
                .addObject()
                .put("name", "erin")
                .put("public_key", HexFormat.of().formatHex(erin.publicKey()))
                .putArray("groups")
                .add("security");
        Policy policy = PolicyParser.parse(document);
        ObjectNode event = transfer();
        event.put("custos.risk.score", 80);
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
        String verdict = verdict(event, document, 80);

        JsonNode valid = json(CliRun.of(
                "policy",
                "eval",
                "--request",
                request,
                "--policy",
                policyFile,
                "--verdict",
                verdict,
                "--now",
                NOW,
                "--json"));
        JsonNode late = json(CliRun.of(
                "policy",
                "eval",
                "--request",
                request,
                "--policy",
                policyFile,
                "--verdict",
                verdict,
                "--now",
                expiry.toString(),
                "--json"));

        assertThat(valid.get("decision").asText()).isEqualTo("allow");
        assertThat(late.get("decision").asText()).isEqualTo("escalate");
    }

    @Test
    void highRisk_withPasskeyApprovalFromTheEvent_allows_andOneForAnotherOriginDoesNot() throws Exception {
        KeyPair passkey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] credentialId = {7, 7, 7, 7};
        ObjectNode document = policyDocument();
        ObjectNode erin = document.putArray("approvers").addObject().put("name", "erin");
        erin.putArray("groups").add("security");
        erin.putArray("passkeys")
                .addObject()
                .put("credential_id", base64Url(credentialId))
                .put("algorithm", "EdDSA")
                .put(
                        "public_key",
                        Base64.getEncoder().encodeToString(passkey.getPublic().getEncoded()));
        document.putObject("webauthn")
                .put("rp_id", "localhost")
                .putArray("origins")
                .add("http://localhost:8080");
        Policy policy = PolicyParser.parse(document);
        ObjectNode event = transfer();
        event.put("custos.risk.score", 80);
        Instant expiry = Instant.parse(NOW).plusSeconds(900);
        byte[] digest = RequestDigest.of(RequestParser.parse(event, policy, Instant.parse(NOW)), 1, expiry);
        String verdict = verdict(event, document, 80);
        String policyFile = write("p.json", document);

        List<String> decisions = new ArrayList<>();
        for (String origin : List.of("http://localhost:8080", "http://localhost:9090")) {
            byte[] authenticatorData = Arrays.copyOf(
                    MessageDigest.getInstance("SHA-256").digest("localhost".getBytes(StandardCharsets.UTF_8)), 37);
            authenticatorData[32] = 0x05;
            byte[] clientData = ("{\"type\":\"webauthn.get\",\"challenge\":\"" + base64Url(digest) + "\",\"origin\":\""
                            + origin + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(passkey.getPrivate());
            signer.update(authenticatorData);
            signer.update(MessageDigest.getInstance("SHA-256").digest(clientData));
            ObjectNode approval = event.putArray("custos.approvals")
                    .addObject()
                    .put("approver", "erin")
                    .put("policy_version", 1)
                    .put("expires_at", expiry.toString());
            approval.putObject("passkey")
                    .put("credential_id", base64Url(credentialId))
                    .put("authenticator_data", base64Url(authenticatorData))
                    .put("client_data_json", base64Url(clientData))
                    .put("signature", base64Url(signer.sign()));
            JsonNode decision = json(CliRun.of(
                    "policy",
                    "eval",
                    "--request",
                    write("r.json", event),
                    "--policy",
                    policyFile,
                    "--verdict",
                    verdict,
                    "--now",
                    NOW,
                    "--json"));
            decisions.add(decision.get("decision").asText() + " " + decision.get("reasons"));
        }

        assertThat(decisions.get(0)).startsWith("allow");
        assertThat(decisions.get(1))
                .startsWith("escalate")
                .contains("passkey approval by erin does not count: the client data origin 'http://localhost:9090'");
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void textOutput_namesDecisionReasonsAndRules() throws IOException {
        ObjectNode event = transfer();
        event.put("custos.risk.score", 10);
        ObjectNode document = policyDocument();

        CliRun run = CliRun.of(
                "policy",
                "eval",
                "--request",
                write("r.json", event),
                "--policy",
                write("p.json", document),
                "--verdict",
                verdict(event, document, 80),
                "--now",
                NOW);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out())
                .contains("request req-42: ESCALATE")
                .contains("derived facts: 1000.000000 USD out")
                .contains("token 1000000000 " + USDC + " to " + DESTINATION + " = 1000.000000 USD")
                .contains("risk verdict: verified (score 80)")
                .contains("custos.risk.score claims 10 but the verified verdict says 80")
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
    void history_velocityOver250kIn24h_escalates() throws IOException {
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

        JsonNode without = eval(transfer(), 0);
        JsonNode with = eval(transfer(), 0, "--history", file.toString());

        assertThat(without.get("decision").asText()).isEqualTo("allow");
        assertThat(with.get("decision").asText()).isEqualTo("escalate");
        assertThat(with.get("matched_rules").toString()).contains("escalate-daily-velocity");
    }

    @Test
    void historyWithBadLine_exit2NamingLine() throws IOException {
        Path file = folder.resolve("history.ndjson");
        Files.writeString(file, "{\"@timestamp\":\"2026-03-02T10:00:00Z\",\"custos.wallet.id\":\"w\"}\n{oops\n");

        CliRun run = CliRun.of(
                "policy",
                "eval",
                "--request",
                write("r.json", transfer()),
                "--policy",
                write("p.json", policyDocument()),
                "--history",
                file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("line 2");
    }
}
