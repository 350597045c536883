package dev.custos.cli.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypedDataCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PERMIT = """
            {"types": {"EIP712Domain": [{"name": "chainId", "type": "uint256"},
                                        {"name": "verifyingContract", "type": "address"}],
              "Permit": [{"name": "owner", "type": "address"}, {"name": "spender", "type": "address"},
                         {"name": "value", "type": "uint256"}, {"name": "nonce", "type": "uint256"},
                         {"name": "deadline", "type": "uint256"}]},
             "primaryType": "Permit",
             "domain": {"chainId": 1, "verifyingContract": "0x6b175474e89094c44da98b954eedeac495271d0f"},
             "message": {"owner": "0x000000000000000000000000000000000000dead",
                         "spender": "0x1111111254eeb25477b68fb85ed929f73a960582",
                         "value": "0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
                         "nonce": 0, "deadline": 1700000000}}""";

    @TempDir
    Path folder;

    @Test
    void typedData_json_printsTheMailDigestPublishedInEip712() throws Exception {
        CliRun run = CliRun.of("decode", "--typed-data", mail(), "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(1);
        JsonNode json = MAPPER.readTree(lines[0]);
        assertThat(json.get("digest").asText())
                .isEqualTo("0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2");
        assertThat(json.get("kind").asText()).isEqualTo("generic");
        assertThat(json.get("flags")).isEmpty();
    }

    @Test
    void typedData_permit_textShowsSpenderAndUnlimitedFlag() throws Exception {
        CliRun run = CliRun.of("decode", "--typed-data", write("permit.json", PERMIT));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out())
                .contains("Typed data (EIP-712)", "eip2612_permit", "(unlimited)", "deadline 2023-11-14T22:13:20Z")
                .containsIgnoringCase("spender 0x1111111254eeb25477b68fb85ed929f73a960582")
                .contains("unlimited_approval, permit");
    }

    @Test
    void typedData_permitJson_listsTheGrant() throws Exception {
        CliRun run = CliRun.of("decode", "--typed-data", write("permit.json", PERMIT), "--json");

        JsonNode json = MAPPER.readTree(run.out().strip());
        JsonNode permit = json.get("permits").get(0);
        assertThat(permit.get("spender").asText()).isEqualToIgnoringCase("0x1111111254eeb25477b68fb85ed929f73a960582");
        assertThat(permit.get("unlimited").asBoolean()).isTrue();
        assertThat(permit.get("deadline").asText()).isEqualTo("1700000000");
    }

    @Test
    void typedData_outOfRangeValue_exitsTwoNamingTheField() throws Exception {
        String bad = PERMIT.replace("\"nonce\": 0", "\"nonce\": -1");

        CliRun run = CliRun.of("decode", "--typed-data", write("bad.json", bad));

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--typed-data", "message.nonce is out of range for uint256");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void typedData_withSafeTx_isRefusedAsTwoInputs() throws Exception {
        String file = mail();

        CliRun run = CliRun.of("decode", "--typed-data", file, "--raw-tx", "0x00");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("mutually exclusive");
    }

    private String mail() throws IOException {
        try (InputStream in = TypedDataCommandTest.class.getResourceAsStream("eip712-mail.json")) {
            return write("mail.json", new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private String write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }
}
