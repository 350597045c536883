package dev.custos.cli.approve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.TransactionDecoder;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.policy.approval.Ed25519Verification;
import dev.custos.policy.approval.digest.ApprovalDigest;
import dev.custos.policy.approval.digest.ApprovalSubjects;
import dev.custos.policy.approval.digest.TransferText;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApproveCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DESTINATION = "0x1111111111111111111111111111111111111111";
    private static final String ATTACKER = "0x666666666666666666666666666666666666dead";
    private static final String USDC = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48";
    private static final Instant EXPIRY = Instant.parse("2099-01-01T00:00:00Z");

    @TempDir
    Path folder;

    private FakeCoordinator coordinator;
    private Path key;
    private byte[] publicKey;

    @BeforeEach
    void start() throws Exception {
        coordinator = new FakeCoordinator();
        key = folder.resolve("bob.key");
        CliRun keygen = CliRun.of("approve", "keygen", "--out", key.toString(), "--name", "bob", "--json");
        assertThat(keygen.exitCode()).as(keygen.err()).isEqualTo(Main.EXIT_OK);
        publicKey = HexFormat.of()
                .parseHex(MAPPER.readTree(keygen.out()).get("public_key").asText());
    }

    @AfterEach
    void stop() {
        coordinator.close();
    }

    @Test
    void happyPath_decodesHere_signsTheDigest_andPostsTheApproval() throws Exception {
        String raw = rawTransaction(DESTINATION, BigInteger.TEN.pow(18).multiply(BigInteger.valueOf(3)), new byte[0]);
        coordinator.answer(request("req-1", "w-1", raw, digest(raw, "w-1", "req-1", 7, EXPIRY), 7, EXPIRY));
        Path token = folder.resolve("token");
        Files.writeString(token, "s3cret-token\n");

        CliRun run = approve("req-1", "--token-file", token.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out())
                .contains(
                        "wallet     w-1",
                        "send 3 ETH (3000000000000000000) to " + DESTINATION,
                        "digest     " + TransferText.fingerprint(digest(raw, "w-1", "req-1", 7, EXPIRY)),
                        "approved request req-1");
        List<JsonNode> posted = coordinator.approvalsPosted();
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).get("approver").asText()).isEqualTo("bob");
        assertThat(posted.get(0).get("expires_at").asText()).isEqualTo(EXPIRY.toString());
        byte[] signature =
                HexFormat.of().parseHex(posted.get(0).get("signature").asText());
        assertThat(Ed25519Verification.verify(publicKey, digest(raw, "w-1", "req-1", 7, EXPIRY), signature))
                .isTrue();
        assertThat(coordinator.calls())
                .extracting(FakeCoordinator.Call::path)
                .containsExactly("/v1/requests/req-1", "/v1/requests/req-1/approvals");
        assertThat(coordinator.calls()).allMatch(call -> call.authorization().equals("Bearer s3cret-token"));
    }

    @Test
    void json_printsOneObject_withTheDecodedTransfersAndAmountInUnits() throws Exception {
        String raw =
                rawTransaction(USDC, BigInteger.ZERO, erc20Transfer(DESTINATION, BigInteger.valueOf(2_500_000_000L)));
        coordinator.answer(request("req-2", "w-1", raw, digest(raw, "w-1", "req-2", 1, EXPIRY), 1, EXPIRY));

        CliRun run = approve("req-2", "--json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out().lines()).hasSize(1);
        JsonNode result = MAPPER.readTree(run.out());
        assertThat(result.get("approved").asBoolean()).isTrue();
        JsonNode transfer = result.get("transfers").get(0);
        assertThat(transfer.get("kind").asText()).isEqualTo("token");
        assertThat(transfer.get("recipient").asText()).isEqualTo(DESTINATION);
        assertThat(transfer.get("amount").asText()).isEqualTo("2500000000");
        assertThat(transfer.get("amount_text").asText()).isEqualTo("2500 USDC");
        assertThat(result.get("digest").asText())
                .isEqualTo(HexFormat.of().formatHex(digest(raw, "w-1", "req-2", 1, EXPIRY)));
    }

    @Test
    void coordinatorShowingOneDigestButSendingAnotherPayload_isRefused() throws Exception {
        String shown = rawTransaction(DESTINATION, BigInteger.TEN.pow(18), new byte[0]);
        String sent = rawTransaction(ATTACKER, BigInteger.TEN.pow(18), new byte[0]);
        coordinator.answer(request("req-3", "w-1", sent, digest(shown, "w-1", "req-3", 7, EXPIRY), 7, EXPIRY));

        CliRun run = approve("req-3");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err())
                .contains("refusing to sign", "is not the digest of what this machine decoded", "wallet w-1")
                .hasLineCount(1);
        assertThat(run.out()).contains("send 1 ETH (1000000000000000000) to " + ATTACKER);
        assertThat(coordinator.approvalsPosted()).isEmpty();
    }

    @Test
    void coordinatorSwappingTheWalletInItsDigest_isRefused() throws Exception {
        String raw = rawTransaction(DESTINATION, BigInteger.ONE, new byte[0]);
        coordinator.answer(request("req-4", "w-1", raw, digest(raw, "w-cold", "req-4", 7, EXPIRY), 7, EXPIRY));

        CliRun run = approve("req-4");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).contains("refusing to sign");
        assertThat(coordinator.approvalsPosted()).isEmpty();
    }

    @Test
    void displayFieldsNamingAnotherRecipient_areIgnored() throws Exception {
        String raw = rawTransaction(ATTACKER, BigInteger.TEN.pow(18), new byte[0]);
        ObjectNode body = request("req-5", "w-1", raw, digest(raw, "w-1", "req-5", 7, EXPIRY), 7, EXPIRY);
        body.put("to", DESTINATION);
        body.putObject("intent")
                .put("summary", "Send 1 ETH to the exchange " + DESTINATION)
                .putObject("call")
                .put("target", DESTINATION);
        coordinator.answer(body);

        CliRun run = approve("req-5");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("to " + ATTACKER).doesNotContain(DESTINATION);
    }

    @Test
    void safeTransaction_decodedHere_flagsShown_andADisplayedHashThatDiffersIsNamed() throws Exception {
        JsonNode safe;
        try (var in = ApproveCommandTest.class.getResourceAsStream("/policy/bybit-safe-tx-71.json")) {
            safe = MAPPER.readTree(in).get("results").get(0);
        }
        SafeTransaction transaction = SafeTransactionParser.parse(safe).get(0);
        IntentDecoder decoder = IntentDecoder.withWellKnownFunctions(AddressBook.empty());
        var real = decoder.decodeSafeTransaction(transaction, BigInteger.ONE, SafeVersion.parse("1.1.1"));
        byte[] honest = ApprovalDigest.of(ApprovalSubjects.safeTransaction(transaction, real, BigInteger.ONE)
                .facts("w-safe", "req-s", 3, EXPIRY));
        ObjectNode body = safeRequest(safe, honest);
        coordinator.answer(body);

        CliRun approved = approve("req-s", "--json");

        assertThat(approved.exitCode()).as(approved.err()).isEqualTo(Main.EXIT_OK);
        JsonNode result = MAPPER.readTree(approved.out());
        assertThat(result.get("payload_kind").asText()).isEqualTo("safe_tx");
        assertThat(result.get("signed_hash").asText())
                .isEqualTo(
                        HexFormat.of().formatHex(real.safeTxHash().orElseThrow().bytes()));
        assertThat(result.get("flags").toString()).contains("delegatecall");

        var other = decoder.decodeSafeTransaction(transaction, BigInteger.ONE, SafeVersion.parse("1.3.0"));
        byte[] forOther = ApprovalDigest.of(ApprovalSubjects.safeTransaction(transaction, other, BigInteger.ONE)
                .facts("w-safe", "req-s", 3, EXPIRY));
        ObjectNode lying = safeRequest(safe, forOther);
        lying.putObject("intent")
                .put("safe_tx_hash", other.safeTxHash().orElseThrow().toString());
        coordinator.answer(lying);

        CliRun refused = approve("req-s");

        assertThat(refused.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(refused.err())
                .contains(
                        "refusing to sign",
                        "it shows safe_tx_hash " + other.safeTxHash().orElseThrow());
        assertThat(coordinator.approvalsPosted()).hasSize(1);
    }

    private static ObjectNode safeRequest(JsonNode safe, byte[] digest) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("id", "req-s");
        body.put("wallet", "w-safe");
        body.put("chain", "ethereum");
        body.set("safe_tx", safe);
        body.put("chain_id", 1);
        body.put("safe_version", "1.1.1");
        body.putObject("approval")
                .put("digest", HexFormat.of().formatHex(digest))
                .put("policy_version", 3)
                .put("expires_at", EXPIRY.toString());
        return body;
    }

    @Test
    void expiredRequest_isRefused() throws Exception {
        Instant past = Instant.parse("2020-01-01T00:00:00Z");
        String raw = rawTransaction(DESTINATION, BigInteger.ONE, new byte[0]);
        coordinator.answer(request("req-6", "w-1", raw, digest(raw, "w-1", "req-6", 7, past), 7, past));

        CliRun run = approve("req-6");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).contains("approval window of request req-6 closed at 2020-01-01T00:00:00Z");
        assertThat(coordinator.approvalsPosted()).isEmpty();
    }

    @Test
    void badKeyFiles_exitTwo_withTheReason() throws Exception {
        Path corrupt = folder.resolve("corrupt.key");
        Files.writeString(corrupt, "{\"format\":\"custos-device-key\",\"version\":1");
        Files.setPosixFilePermissions(corrupt, PosixFilePermissions.fromString("rw-------"));
        Path open = folder.resolve("open.key");
        Files.copy(key, open);
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        Path mismatched = folder.resolve("mismatched.key");
        String content = Files.readString(key);
        String seed = MAPPER.readTree(content).get("seed").asText();
        Files.writeString(mismatched, content.replace(seed, "00".repeat(32)));
        Files.setPosixFilePermissions(mismatched, PosixFilePermissions.fromString("rw-------"));

        assertKeyRefused(corrupt, "is not valid JSON");
        assertKeyRefused(open, "readable or writable by others");
        assertKeyRefused(mismatched, "its public_key is not the public key of its seed");
        assertKeyRefused(folder.resolve("missing.key"), "does not exist");
        assertThat(coordinator.calls()).isEmpty();
    }

    @Test
    void unreachableApi_exitOne_onOneLine() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        CliRun run = CliRun.of(
                "approve",
                "--api",
                "http://127.0.0.1:" + port + "/v1",
                "--request",
                "r",
                "--key",
                key.toString(),
                "--yes");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err())
                .startsWith("custos: error: cannot reach the API: GET http://127.0.0.1:" + port)
                .hasLineCount(1);
    }

    @Test
    void errorAnswer_namesTheCodeAndMessage() {
        coordinator.answer(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"no request r-9\"}}");

        CliRun run = approve("r-9");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err())
                .contains("the API refused GET", "HTTP 404 not_found: no request r-9")
                .hasLineCount(1);
    }

    @Test
    void malformedAnswers_exitOne_namingWhatIsWrong() throws Exception {
        coordinator.answer(200, "<html>oops</html>");
        assertThat(approve("r").err()).contains("malformed answer to GET").hasLineCount(1);

        String raw = rawTransaction(DESTINATION, BigInteger.ONE, new byte[0]);
        ObjectNode body = request("r", "w-1", raw, new byte[32], 1, EXPIRY);
        ((ObjectNode) body.get("approval")).put("digest", "abcd");
        coordinator.answer(body);
        CliRun run = approve("r");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_FAILURE);
        assertThat(run.err()).contains("approval.digest must be 32 bytes in hex");

        body = request("r", "w-1", "0x02zz", new byte[32], 1, EXPIRY);
        coordinator.answer(body);
        assertThat(approve("r").err()).contains("refusing to sign: raw_tx does not decode");

        body = request("other", "w-1", raw, new byte[32], 1, EXPIRY);
        coordinator.answer(body);
        assertThat(approve("r").err()).contains("the coordinator answered with request other");
        assertThat(coordinator.approvalsPosted()).isEmpty();
    }

    @Test
    void missingArguments_exitTwo() {
        CliRun run = CliRun.of("approve", "--request", "r", "--key", key.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("missing --api URL");
        assertThat(CliRun.of("approve", "--api", "ftp://x/v1", "--request", "r", "--key", key.toString())
                        .err())
                .contains("--api must be an http:// or https:// URL");
    }

    @Test
    void tokenOverPlainHttpToAnotherHost_isRefused() throws Exception {
        Path token = folder.resolve("token");
        Files.writeString(token, "t0ken");

        CliRun run = CliRun.of(
                "approve",
                "--api",
                "http://custos.example/v1",
                "--request",
                "r",
                "--key",
                key.toString(),
                "--token-file",
                token.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("refusing to send the API token over plain HTTP to custos.example");
    }

    @Test
    void help_works() {
        CliRun run = CliRun.of("approve", "--help");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("--api", "--request", "--key", "--token-file", "--yes", "keygen");
        assertThat(CliRun.of("approve", "keygen", "--help").out()).contains("--out", "--name");
    }

    private void assertKeyRefused(Path file, String reason) {
        CliRun run =
                CliRun.of("approve", "--api", coordinator.api(), "--request", "r", "--key", file.toString(), "--yes");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains(reason).hasLineCount(1);
    }

    private CliRun approve(String id, String... more) {
        String[] base = {"approve", "--api", coordinator.api(), "--request", id, "--key", key.toString(), "--yes"};
        String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }

    static ObjectNode request(String id, String wallet, String raw, byte[] digest, long version, Instant expiry) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("id", id);
        body.put("status", "pending_approval");
        body.put("wallet", wallet);
        body.put("chain", "ethereum");
        body.put("raw_tx", raw);
        body.putObject("approval")
                .put("digest", HexFormat.of().formatHex(digest))
                .put("policy_version", version)
                .put("expires_at", expiry.toString());
        return body;
    }

    /** What an honest coordinator computes for {@code raw}. */
    static byte[] digest(String raw, String wallet, String id, long version, Instant expiry) throws DecodingException {
        EthereumTransaction transaction = TransactionDecoder.decode(Hex.decode(raw));
        var intent = IntentDecoder.withWellKnownFunctions(AddressBook.empty()).decodeRawTransaction(transaction);
        return ApprovalDigest.of(
                ApprovalSubjects.rawTransaction(transaction, intent).facts(wallet, id, version, expiry));
    }

    /** An unsigned EIP-1559 transaction on chain 1, in hex. */
    static String rawTransaction(String to, BigInteger wei, byte[] data) throws DecodingException {
        return Hex.encode(new DynamicFeeTransaction(
                        BigInteger.ONE,
                        BigInteger.valueOf(5),
                        BigInteger.TEN.pow(9),
                        BigInteger.TEN.pow(10),
                        BigInteger.valueOf(90_000),
                        Optional.of(Address.fromHex(to)),
                        wei,
                        data,
                        List.of(),
                        Optional.empty())
                .encode());
    }

    /** ERC-20 {@code transfer(to, amount)} calldata. */
    static byte[] erc20Transfer(String to, BigInteger amount) {
        String word = String.format("%64s", amount.toString(16)).replace(' ', '0');
        return HexFormat.of().parseHex("a9059cbb" + "000000000000000000000000" + to.substring(2) + word);
    }
}
