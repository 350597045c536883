package dev.custos.cli.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.policy.model.PolicyParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTestCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path folder;

    private String suite(int riskScore, String expected) throws IOException {
        ObjectNode suite = MAPPER.createObjectNode();
        ObjectNode testCase = suite.putArray("cases").addObject();
        testCase.put("name", "risk " + riskScore);
        ObjectNode request = testCase.putObject("request");
        request.put("@timestamp", "2026-03-02T12:00:00Z");
        request.put("event.action", "signing.request");
        request.put("custos.request.id", "t-1");
        request.put("custos.wallet.id", "w-1");
        testCase.putObject("verdict").put("score", riskScore);
        ObjectNode expect = testCase.putObject("expect").put("decision", expected);
        expect.putArray("matched_rules").add("deny-critical-risk");
        Path file = folder.resolve("cases.json");
        Files.writeString(file, MAPPER.writeValueAsString(suite));
        return file.toString();
    }

    /** The baseline with wallet w-1 declared, so the rules (not the unknown-wallet guard) decide. */
    private String policy() throws IOException {
        ObjectNode document =
                (ObjectNode) MAPPER.readTree(PolicyParser.baseline().canonicalJson());
        document.putArray("wallets")
                .addObject()
                .put("id", "w-1")
                .put("tier", "warm")
                .put("chain", "ethereum");
        Path file = folder.resolve("policy.json");
        Files.writeString(file, MAPPER.writeValueAsString(document));
        return file.toString();
    }

    @Test
    void passingSuite_exit0() throws IOException {
        CliRun run = CliRun.of("policy", "test", "--cases", suite(95, "deny"), "--policy", policy());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("PASS risk 95").contains("1 of 1 cases passed");
    }

    @Test
    void failingSuite_exit1WithExplanation() throws IOException {
        CliRun run = CliRun.of("policy", "test", "--cases", suite(95, "allow"), "--policy", policy(), "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(MAPPER.readTree(run.out()).get("failure").asText()).contains("expected allow, got deny");
    }
}
