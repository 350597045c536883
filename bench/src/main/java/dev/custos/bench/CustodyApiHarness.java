package dev.custos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiSettings;
import dev.custos.server.cluster.DevCluster;
import dev.custos.server.cluster.DevClusterSettings;
import dev.custos.server.storage.DatabaseSettings;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * API throughput and latency of the custody server on loopback, excluding signing: {@code POST /v1/requests} with a
 * fresh {@code Idempotency-Key} each, from {@code clients} concurrent clients, against a server with three dev nodes,
 * one ECDSA wallet and a policy under which every transfer waits for an approval. Each submission decodes the
 * transaction, evaluates the policy, signs a detection verdict, stores the request and appends (and checkpoints) the
 * audit log. The first tenth of the requests warm up and are not counted. Not JMH: it measures a server under
 * concurrent HTTP load, bounded in count.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.custos.bench.CustodyApiHarness [sqlite|JDBC-URL] [requests] [clients]
 * </pre>
 *
 * <p>A {@code jdbc:postgresql://…} URL measures on that (empty) PostgreSQL database as user {@code postgres}, or
 * {@code $CUSTOS_BENCH_DB_USER}.
 */
public final class CustodyApiHarness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DESTINATION = "0x1111111111111111111111111111111111111111";

    private CustodyApiHarness() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 ? args[0] : "sqlite";
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path root = Files.createTempDirectory("custos-api-bench");
        String user = Optional.ofNullable(System.getenv("CUSTOS_BENCH_DB_USER")).orElse("postgres");
        DatabaseSettings storage = database.equals("sqlite")
                ? DatabaseSettings.sqlite(root.resolve("custos.db"))
                : new DatabaseSettings(database, user, "", 16);
        CustodySettings development = CustodySettings.development(root, "127.0.0.1", 0);
        CustodySettings settings = new CustodySettings(
                root,
                storage,
                "127.0.0.1",
                0,
                new ApiSettings(1024 * 1024, 100_000, 100_000),
                development.approvalWindow(),
                development.auditOrigin(),
                Optional.empty(),
                Optional.empty());
        try (DevCluster cluster = DevCluster.open(DevClusterSettings.of(root.resolve("cluster")));
                CustodyServer server = CustodyServer.start(settings, cluster, Clock.systemUTC())) {
            Client client = new Client(server.port());
            String admin = server.tokens().issue("bench-admin", Set.of(Role.ADMIN));
            String initiator = server.tokens().issue("bench-initiator", Set.of(Role.INITIATOR));
            String address = client.post(
                            admin,
                            "/v1/wallets",
                            "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\"," + "\"tier\":\"hot\"}",
                            201)
                    .get("address")
                    .asText();
            String verdictKey =
                    client.get(admin, "/v1/detection").get("verdict_key").asText();
            client.put(admin, "/v1/policy", policy(address, verdictKey));

            int warmup = Math.max(1, requests / 10);
            run(client, initiator, 0, warmup, clients);
            long[] latencies = new long[requests];
            long started = System.nanoTime();
            run(client, initiator, warmup, requests, clients, latencies);
            long elapsed = System.nanoTime() - started;
            Arrays.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "%s, %d requests, %d clients: %.0f requests/s; p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    storage.kind(),
                    requests,
                    clients,
                    requests / (elapsed / 1e9),
                    percentile(latencies, 0.50),
                    percentile(latencies, 0.90),
                    percentile(latencies, 0.99),
                    latencies[latencies.length - 1] / 1e6);
        }
    }

    private static void run(Client client, String token, long firstNonce, int count, int clients) throws Exception {
        run(client, token, firstNonce, count, clients, new long[count]);
    }

    private static void run(Client client, String token, long firstNonce, int count, int clients, long[] latencies)
            throws Exception {
        AtomicLong next = new AtomicLong();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int worker = 0; worker < clients; worker++) {
                running.add(workers.submit(() -> {
                    for (long index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                        String body = "{\"wallet\":\"hot-eth-1\",\"chain\":\"ethereum\",\"raw_tx\":\""
                                + transfer(firstNonce + index) + "\"}";
                        long sent = System.nanoTime();
                        client.post(token, "/v1/requests", body, 201);
                        latencies[(int) index] = System.nanoTime() - sent;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        }
    }

    private static double percentile(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String transfer(long nonce) {
        DynamicFeeTransaction transaction = new DynamicFeeTransaction(
                BigInteger.ONE,
                BigInteger.valueOf(nonce),
                BigInteger.valueOf(1_000_000_000L),
                BigInteger.valueOf(30_000_000_000L),
                BigInteger.valueOf(21_000),
                Optional.of(Address.of(HexFormat.of().parseHex(DESTINATION.substring(2)))),
                BigInteger.TEN.pow(15),
                new byte[0],
                List.of(),
                Optional.empty());
        return "0x" + HexFormat.of().formatHex(transaction.encode());
    }

    private static String policy(String walletAddress, String verdictKey) {
        SigningKey approver = SigningKey.generate(new SecureRandom());
        return """
                {"policy_version":1,"name":"bench","destination_cooldown_seconds":0,
                 "governance":{"admin_quorum":1,"timelock_seconds":3600},
                 "approvers":[{"name":"bob","public_key":"%s","groups":["treasury"]}],
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum","own_addresses":["%s"]}],
                 "prices":{"as_of":"2026-12-01","assets":[{"chain":"ethereum","asset":"native","usd":"2000","decimals":18}]},
                 "destinations":[{"address":"%s","label":"exchange","added_at":"2026-01-01T00:00:00Z"}],
                 "detection":{"verdict_key":"%s"},
                 "known_contracts":[],"frozen_wallets":[],
                 "rules":[{"id":"treasury-approves","effect":{"require_approvals":{"groups":["treasury"],"quorum":1}},"condition":"true"},
                   {"id":"allow-active-destination","effect":"allow","condition":"destination.active"}]}
                """.formatted(
                        approver.publicKey().toHex(), walletAddress.toLowerCase(Locale.ROOT), DESTINATION, verdictKey);
    }

    /** A loopback HTTP/1.1 client that checks each status. */
    private static final class Client {
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final String base;
        private final AtomicLong keys = new AtomicLong();

        Client(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        JsonNode get(String token, String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), token, 200);
        }

        JsonNode put(String token, String path, String body) throws Exception {
            return send(
                    HttpRequest.newBuilder(URI.create(base + path)).PUT(HttpRequest.BodyPublishers.ofString(body)),
                    token,
                    200);
        }

        JsonNode post(String token, String path, String body, int status) throws Exception {
            return send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Idempotency-Key", "bench-" + keys.incrementAndGet())
                            .POST(HttpRequest.BodyPublishers.ofString(body)),
                    token,
                    status);
        }

        private JsonNode send(HttpRequest.Builder request, String token, int status) throws Exception {
            HttpResponse<String> response = http.send(
                    request.header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != status) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        }
    }
}
