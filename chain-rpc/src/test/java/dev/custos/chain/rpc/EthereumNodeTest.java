package dev.custos.chain.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.custos.chain.ethereum.Address;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against a loopback server that answers what each test sets: well-formed, malformed and oversized. */
class EthereumNodeTest {
    private static final String HASH = "0x" + "ab".repeat(32);
    private static final String PARENT = "0x" + "cd".repeat(32);

    private final AtomicReference<String> answer = new AtomicReference<>("{}");
    private final AtomicReference<String> lastRequest = new AtomicReference<>("");
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            lastRequest.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private EthereumNode node(int maxAnswerBytes) {
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v3/secret-api-key");
        return new EthereumNode(new JsonRpcClient(uri, Duration.ofSeconds(5), maxAnswerBytes));
    }

    private void answer(String result) {
        answer.set("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":" + result + "}");
    }

    @Test
    void readsBlockHeadersAndLogsStrictly() throws Exception {
        answer("{\"number\":\"0x10\",\"hash\":\"" + HASH + "\",\"parentHash\":\"" + PARENT
                + "\",\"timestamp\":\"0x5f5e100\",\"baseFeePerGas\":\"0x7\"}");
        BlockHeader block = node(4096).block(16).orElseThrow();
        assertThat(block.number()).isEqualTo(16);
        assertThat(block.parentHash().toHex()).isEqualTo(PARENT);
        assertThat(block.baseFeePerGas()).hasValue(java.math.BigInteger.valueOf(7));
        assertThat(lastRequest.get()).contains("\"eth_getBlockByNumber\"").contains("\"0x10\"");

        Address safe = Address.fromHex("0x" + "11".repeat(20));
        answer("[{\"address\":\"" + safe + "\",\"topics\":[\"" + HASH
                + "\"],\"data\":\"0x01\",\"blockNumber\":\"0x10\","
                + "\"blockHash\":\"" + HASH + "\",\"transactionHash\":\"" + PARENT + "\",\"logIndex\":\"0x0\","
                + "\"removed\":false}]");
        List<LogEntry> logs = node(4096).logs(16, 20, List.of(safe), List.of());
        assertThat(logs).singleElement().satisfies(log -> {
            assertThat(log.address()).isEqualTo(safe);
            assertThat(log.data()).containsExactly(1);
            assertThat(log.removed()).isFalse();
        });
        assertThat(lastRequest.get()).contains("\"fromBlock\":\"0x10\"").contains("\"toBlock\":\"0x14\"");
    }

    @Test
    void refusesMalformedAnswersNamingTheField() {
        answer("{\"number\":\"16\",\"hash\":\"" + HASH + "\",\"parentHash\":\"" + PARENT + "\",\"timestamp\":\"0x1\"}");
        assertThatThrownBy(() -> node(4096).block(16))
                .isInstanceOf(JsonRpcException.class)
                .hasMessageContaining("block number is not a hex quantity");

        answer("[{\"address\":\"0x" + "11".repeat(20) + "\",\"topics\":[\"0x12\"],\"data\":\"0x\","
                + "\"blockNumber\":\"0x10\",\"blockHash\":\"" + HASH + "\",\"transactionHash\":\"" + HASH
                + "\",\"logIndex\":\"0x0\"}]");
        assertThatThrownBy(() -> node(4096).logs(16, 16, List.of(), List.of()))
                .hasMessageContaining("log topic is not a 32-byte hash");

        answer("[{\"address\":\"0x" + "11".repeat(20) + "\",\"topics\":[],\"data\":\"0x\","
                + "\"blockNumber\":\"0x30\",\"blockHash\":\"" + HASH + "\",\"transactionHash\":\"" + HASH
                + "\",\"logIndex\":\"0x0\"}]");
        assertThatThrownBy(() -> node(4096).logs(16, 20, List.of(), List.of()))
                .hasMessageContaining("outside the range");

        answer("\"0x" + "00".repeat(31) + "\"");
        assertThatThrownBy(() ->
                        node(4096).storageAt(Address.fromHex("0x" + "11".repeat(20)), java.math.BigInteger.ZERO))
                .hasMessageContaining("31 bytes, not 32");
    }

    @Test
    void nodeErrorsCarryTheirCodeAndMessage() {
        answer.set("{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32000,\"message\":\"nonce too low\"}}");
        assertThatThrownBy(() -> node(4096).sendRawTransaction(new byte[] {1}))
                .isInstanceOfSatisfying(
                        JsonRpcException.class, e -> assertThat(e.code()).isEqualTo(-32000))
                .hasMessageContaining("nonce too low");
    }

    @Test
    void refusesAnOversizedAnswerAndNeverShowsTheUrlPath() {
        answer("\"0x" + "00".repeat(4096) + "\"");
        assertThatThrownBy(() -> node(4096).chainId())
                .isInstanceOf(JsonRpcException.class)
                .hasMessageContaining("larger than 4096 bytes");

        server.stop(0);
        assertThatThrownBy(() -> node(4096).chainId())
                .hasMessageContaining("no answer from http://127.0.0.1:")
                .hasMessageNotContaining("secret-api-key");
    }

    @Test
    void refusesEndpointsThatAreNotHttp() {
        assertThatThrownBy(() -> new JsonRpcClient(URI.create("file:///etc/passwd"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http:// or https://");
    }
}
