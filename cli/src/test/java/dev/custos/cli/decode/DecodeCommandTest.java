package dev.custos.cli.decode;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.MultiSendDecoder;
import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodeCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String EIP155_UNSIGNED =
            "0xec098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a764000080018080";

    @TempDir
    Path folder;

    @Test
    void safeTx_json_printsOneObjectPerTransactionWithTheContractKeys() throws Exception {
        CliRun run = CliRun.of("decode", "--safe-tx", bybit(), "--safe-version", "1.1.1", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        List<JsonNode> lines = jsonLines(run.out());
        assertThat(lines).hasSize(2);
        JsonNode malicious = lines.get(0);
        assertThat(malicious.fieldNames())
                .toIterable()
                .contains(
                        "target",
                        "value",
                        "operation",
                        "function",
                        "arguments",
                        "safe_tx_hash",
                        "flags",
                        "summary",
                        "chain_id",
                        "nonce",
                        "confirmations");
        assertThat(malicious.get("operation").asText()).isEqualTo("delegatecall");
        assertThat(malicious.get("function").asText()).isEqualTo("transfer");
        assertThat(malicious.get("safe_tx_hash").asText())
                .isEqualTo("0xb3476d061aeb8fc1d605a873c483a2402d88a68a9cdd1a8b47655dd55ba004f8");
        assertThat(malicious.get("flags"))
                .extracting(JsonNode::asText)
                .contains("delegatecall", "unknown_target")
                .doesNotContain("signature_mismatch");
        assertThat(malicious.get("confirmations")).allSatisfy(c -> {
            assertThat(c.get("valid").asBoolean()).isTrue();
            assertThat(c.get("recovered").asText()).isEqualTo(c.get("owner").asText());
        });
        JsonNode decoy = lines.get(1);
        assertThat(decoy.get("safe_tx_hash").asText())
                .isEqualTo("0x9d89e67333f99c136537be74029c44592985a4855172f4c2d0d942029868f98e");
        assertThat(decoy.get("flags")).extracting(JsonNode::asText).contains("signature_mismatch", "native_transfer");
        assertThat(decoy.get("confirmations"))
                .allSatisfy(c -> assertThat(c.get("valid").asBoolean()).isFalse());
    }

    @Test
    void safeTx_defaultVersion_warnsThatTheClaimedHashDiffers() throws Exception {
        CliRun run = CliRun.of("decode", "--safe-tx", bybit(), "--json");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        JsonNode first = jsonLines(run.out()).get(0);
        assertThat(first.get("warnings").get(0).asText()).contains("differs from the hash computed");
        assertThat(first.get("flags")).extracting(JsonNode::asText).contains("signature_mismatch");
    }

    @Test
    void safeTx_text_isReadable() throws Exception {
        CliRun run = CliRun.of("decode", "--safe-tx", bybit(), "--safe-version", "1.1.1");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out())
                .contains("Safe transaction 1 of 2")
                .contains("Safe transaction 2 of 2")
                .containsPattern("operation: +delegatecall")
                .contains("transfer(address,uint256)")
                .containsPattern("flags: +delegatecall, unknown_target, token_transfer")
                .containsPattern("eth_sign: valid, recovers to the owner")
                .contains("mismatch: claimed owner");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void safeTx_addressBook_labelsKnownTargets() throws Exception {
        Path book = folder.resolve("book.json");
        Files.writeString(
                book,
                "{\"entries\":[{\"address\":\"0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3\","
                        + "\"label\":\"Cold wallet\",\"kind\":\"allowlisted\"}]}");

        CliRun run = CliRun.of(
                "decode", "--safe-tx", bybit(), "--safe-version", "1.1.1", "--address-book", book.toString(), "--json");

        JsonNode decoy = jsonLines(run.out()).get(1);
        assertThat(decoy.get("target_label").asText()).isEqualTo("Cold wallet");
        assertThat(decoy.get("flags")).extracting(JsonNode::asText).doesNotContain("unknown_target");
    }

    @Test
    void rawTx_json_printsTheIntent() throws Exception {
        CliRun run = CliRun.of("decode", "--raw-tx", EIP155_UNSIGNED, "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        JsonNode intent = jsonLines(run.out()).get(0);
        assertThat(intent.get("target").asText()).isEqualTo("0x3535353535353535353535353535353535353535");
        assertThat(intent.get("value").asText()).isEqualTo("1000000000000000000");
        assertThat(intent.get("operation").asText()).isEqualTo("call");
        assertThat(intent.get("function").isNull()).isTrue();
        assertThat(intent.get("arguments")).isEmpty();
        assertThat(intent.get("flags"))
                .extracting(JsonNode::asText)
                .containsExactly("unknown_target", "native_transfer");
        assertThat(intent.get("transaction").get("signing_hash").asText())
                .isEqualTo("0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53");
        assertThat(intent.has("safe_tx_hash")).isFalse();
    }

    @Test
    void rawTx_text_isReadable() {
        CliRun run = CliRun.of("decode", "--raw-tx", EIP155_UNSIGNED);

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("Raw transaction").contains("send 1 ETH to unknown address");
    }

    @Test
    void rawTx_explicitChainIdMustMatchTheTransaction() {
        assertThat(CliRun.of("decode", "--raw-tx", EIP155_UNSIGNED, "--chain-id", "1")
                        .exitCode())
                .isEqualTo(Main.EXIT_OK);
        CliRun wrongChain = CliRun.of("decode", "--raw-tx", EIP155_UNSIGNED, "--chain-id", "10");

        assertThat(wrongChain.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(wrongChain.err()).contains("bound to chain 1, not to --chain-id 10");
    }

    @Test
    void rawTx_badHex_isBadInput() {
        CliRun run = CliRun.of("decode", "--raw-tx", "0xzz");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--raw-tx is not valid hex");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void rawTx_malformedTransaction_isBadInputNamingTheProblem() {
        CliRun run = CliRun.of("decode", "--raw-tx", "0xc3010203");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--raw-tx is not a valid transaction").contains("6 fields");
    }

    @Test
    void safeTx_missingFile_isBadInput() {
        CliRun run =
                CliRun.of("decode", "--safe-tx", folder.resolve("absent.json").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("cannot read --safe-tx file").contains("no such file");
    }

    @Test
    void safeTx_invalidJson_isBadInput() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"to\": ");

        CliRun run = CliRun.of("decode", "--safe-tx", file.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("invalid JSON");
    }

    @Test
    void badOptions_areBadInput() throws Exception {
        assertThat(CliRun.of("decode").exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(CliRun.of("decode", "--safe-tx", bybit(), "--raw-tx", EIP155_UNSIGNED)
                        .exitCode())
                .isEqualTo(Main.EXIT_BAD_INPUT);
        CliRun badVersion = CliRun.of("decode", "--safe-tx", bybit(), "--safe-version", "9.9.9");
        assertThat(badVersion.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badVersion.err()).contains("unsupported Safe version");
        CliRun badChain = CliRun.of("decode", "--safe-tx", bybit(), "--chain-id", "0");
        assertThat(badChain.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badChain.err()).contains("--chain-id");
    }

    @Test
    void safeTx_multiSend_showsInnerCallsInBothModes() throws Exception {
        Address token = Address.fromHex("0x6b175474e89094c44da98b954eedeac495271d0f");
        Address spender = Address.fromHex("0x1111111254eeb25477b68fb85ed929f73a960582");
        byte[] approve = calldata(
                "approve(address spender,uint256 amount)",
                new AbiValue.AddressValue(spender),
                new AbiValue.NumberValue(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)));
        byte[] batch = calldata(
                "multiSend(bytes transactions)",
                new AbiValue.BytesValue(MultiSendDecoder.encode(List.of(
                        new MultiSendTransaction(Operation.CALL, token, BigInteger.ZERO, approve),
                        new MultiSendTransaction(Operation.CALL, spender, BigInteger.TEN, new byte[0])))));
        Path file = folder.resolve("batch.json");
        Files.writeString(
                file,
                "{\"safe\":\"0x1Db92e2EeBC8E0c075a02BeA49a2935BcD2dFCF4\","
                        + "\"to\":\"0x40A2aCCbd92BCA938b02010E17A5b8929b49130D\",\"value\":\"0\",\"data\":\""
                        + Hex.encode(batch) + "\",\"operation\":1,\"nonce\":72}");

        CliRun text = CliRun.of("decode", "--safe-tx", file.toString());
        CliRun json = CliRun.of("decode", "--safe-tx", file.toString(), "--json");

        assertThat(text.exitCode()).as(text.err()).isEqualTo(Main.EXIT_OK);
        assertThat(text.out())
                .contains("inner call 1:")
                .contains("inner call 2:")
                .contains("2 inner call(s)");
        JsonNode calls = jsonLines(json.out()).get(0).get("arguments").get(0).get("calls");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).get("function").asText()).isEqualTo("approve");
        assertThat(calls.get(0).get("flags")).extracting(JsonNode::asText).contains("unlimited_approval");
        assertThat(jsonLines(json.out()).get(0).get("flags"))
                .extracting(JsonNode::asText)
                .contains("delegatecall", "unlimited_approval", "native_transfer");
    }

    @Test
    void help_exitsZero() {
        CliRun run = CliRun.of("decode", "--help");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("--safe-tx").contains("--raw-tx").contains("--address-book");
    }

    private String bybit() throws IOException {
        Path file = folder.resolve("bybit-safe-tx-71.json");
        try (InputStream in = DecodeCommandTest.class.getResourceAsStream("bybit-safe-tx-71.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file.toString();
    }

    private static byte[] calldata(String signature, AbiValue... values) {
        AbiFunction function = AbiFunction.parse(signature);
        byte[] arguments = AbiEncoder.encode(
                function.parameters().stream().map(AbiParameter::type).toList(), List.of(values));
        byte[] out = Arrays.copyOf(function.selector(), 4 + arguments.length);
        System.arraycopy(arguments, 0, out, 4, arguments.length);
        return out;
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.split("\n", -1)) {
            if (!line.isBlank()) {
                lines.add(MAPPER.readTree(line));
            }
        }
        return lines;
    }
}
