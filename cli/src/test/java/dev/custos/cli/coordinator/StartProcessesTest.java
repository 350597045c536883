package dev.custos.cli.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import dev.custos.server.storage.DatabaseKind;
import dev.custos.server.storage.DatabaseSettings;
import dev.custos.server.storage.TestDatabases;
import dev.custos.server.tls.TestCertificates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code custos start --config FILE} and three {@code custos node run} processes, each an OS process, set up as an
 * operator would: the server on a real PostgreSQL with its API over TLS on a non-loopback address, the nodes connected
 * to its relay, a wallet generated across them through the API, and the first policy, signed with the configured admin
 * keys, delivered to every node over the relay; after a restart of the server the wallet is still there.
 */
class StartProcessesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3");

    @TempDir
    Path folder;

    private final List<CustosProcess> processes = new ArrayList<>();
    private HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        processes.forEach(CustosProcess::close);
    }

    @Test
    void theServerDrivesNodeProcessesThroughItsRelay() throws Exception {
        Path config = setUp();
        DatabaseSettings database = TestDatabases.fresh(DatabaseKind.POSTGRESQL, folder);
        TestCertificates certificates = TestCertificates.make(folder, "api", "EC");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "server.listen = 0.0.0.0:0",
                        "server.tls-certificate-file = " + certificates.chain,
                        "server.tls-key-file = " + certificates.key,
                        "server.console-origin = https://localhost",
                        "server.database-url = " + database.jdbcUrl(),
                        "server.database-user = " + database.user(),
                        ""),
                StandardOpenOption.APPEND);
        Files.writeString(config, Files.readString(config).replace("server.listen = 127.0.0.1:0\n", ""));
        http = trusting(certificates);
        CustosProcess server = start("server", "start", "--config", config.toString(), "--json");
        JsonNode ready = JSON.readTree(server.awaitOut("\"relay\""));
        assertThat(ready.get("api").asText()).startsWith("https://0.0.0.0:");
        String api = ready.get("api").asText().replace("https://0.0.0.0:", "https://127.0.0.1:");
        String token = Files.readString(Path.of(ready.get("admin_token_file").asText()))
                .strip();
        for (String node : NODES) {
            start(
                    node,
                    "node",
                    "run",
                    "--data",
                    folder.resolve(node).toString(),
                    "--coordinator",
                    ready.get("relay").asText(),
                    "--coordinator-key",
                    ready.get("coordinator_key").asText(),
                    "--committee",
                    folder.resolve("committee.bin").toString(),
                    "--key-file",
                    folder.resolve(node + ".key").toString());
        }
        awaitHealthy(api);

        JsonNode wallet = call(
                201,
                "POST",
                api + "/wallets",
                token,
                "{\"name\":\"hot-eth-1\",\"scheme\":\"ecdsa-secp256k1\",\"tier\":\"hot\"}");
        assertThat(wallet.get("address").asText()).matches("0x[0-9a-fA-F]{40}");
        assertThat(wallet.get("nodes")).hasSize(3);

        String verdictKey = call(200, "GET", api + "/detection", token, null)
                .get("verdict_key")
                .asText();
        String policy = """
                {"policy_version":1,"name":"remote","destination_cooldown_seconds":0,
                 "wallets":[{"id":"hot-eth-1","tier":"hot","chain":"ethereum"}],
                 "detection":{"verdict_key":"%s"},
                 "rules":[{"id":"deny-delegatecall","effect":"deny","condition":"'delegatecall' in flags"}]}
                """.formatted(verdictKey);
        assertThat(call(200, "PUT", api + "/policy", token, policy)
                        .get("policy_version")
                        .asLong())
                .isEqualTo(1);
        for (CustosProcess node : processes.subList(1, 4)) {
            node.awaitErr("installed policy version 1");
        }

        server.close();
        processes.remove(server);
        CustosProcess again = start("server-again", "start", "--config", config.toString(), "--json");
        String apiAgain = JSON.readTree(again.awaitOut("\"relay\""))
                .get("api")
                .asText()
                .replace("https://0.0.0.0:", "https://127.0.0.1:");
        assertThat(call(200, "GET", apiAgain + "/wallets/hot-eth-1", token, null)
                        .get("address")
                        .asText())
                .isEqualTo(wallet.get("address").asText());
        assertThat(call(200, "GET", apiAgain + "/policy", token, null)
                        .get("policy_version")
                        .asLong())
                .isEqualTo(1);
    }

    /** A client that trusts the test certificate only. */
    private static HttpClient trusting(TestCertificates certificates) throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(certificates.trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), new SecureRandom());
        return HttpClient.newBuilder().sslContext(context).build();
    }

    @Test
    void badSettingsAreNamed() throws Exception {
        Path config = setUp();
        String valid = Files.readString(config);
        assertThat(runWith(valid + "relay.lisen = 127.0.0.1:0\n").err()).contains("unknown setting relay.lisen");
        assertThat(runWith(valid.replace("relay.listen", "#")).err()).contains("relay.listen is required");
        assertThat(runWith(valid.replace("server.listen = 127.0.0.1:0", "server.listen = 10.1.2.3:8080"))
                        .err())
                .contains("server.listen 10.1.2.3 is not a loopback address");
        assertThat(runWith(valid + "coordinator.passphrase-file = x\n").err())
                .contains("give exactly one of coordinator.key-file and coordinator.passphrase-file");
        assertThat(runWith(valid + "signing.threshold = 4\n").err())
                .contains("the signing threshold must be 2 to the committee's 3 members, got 4");
        assertThat(runWith(valid.replaceAll(
                                "policy.admin-key-files = .*",
                                "policy.admin-key-files = " + folder.resolve("admin-a.key")))
                        .err())
                .contains("policy.admin-key-files: the policy admin keys are 1 of the committee's 2 admins");
        assertThat(runWith(valid + "jobs.attempts = 0\n").err()).contains("attempts must be in [1, 10], got 0");
        assertThat(runWith(valid + "server.tls-certificate-file = " + folder.resolve("none.pem")
                                + "\nserver.tls-key-file = " + folder.resolve("none-key.pem")
                                + "\nserver.console-origin = https://localhost\n")
                        .err())
                .contains("TLS: " + folder.resolve("none.pem") + ": cannot read");
    }

    private CliRun runWith(String settings) throws Exception {
        Path file = folder.resolve("bad.properties");
        Files.writeString(file, settings);
        CliRun run = CliRun.of("start", "--config", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.EXIT_BAD_INPUT);
        return run;
    }

    /** Identities, admin keys, the signed committee and the settings file; returns the settings file. */
    private Path setUp() throws Exception {
        Files.write(folder.resolve("coordinator.key"), random());
        cli(
                "coordinator",
                "init",
                "--data",
                folder.resolve("coordinator").toString(),
                "--key-file",
                folder.resolve("coordinator.key").toString());
        List<String> create = new ArrayList<>(List.of("committee", "create", "--threshold", "2"));
        for (String admin : List.of("admin-a", "admin-b")) {
            CliRun key = cli(
                    "committee",
                    "admin-key",
                    "--out",
                    folder.resolve(admin + ".key").toString(),
                    "--json");
            create.addAll(List.of(
                    "--admin", JSON.readTree(key.out()).get("public_key").asText()));
        }
        for (String node : NODES) {
            Files.write(folder.resolve(node + ".key"), random());
            CliRun init = cli(
                    "node",
                    "init",
                    "--data",
                    folder.resolve(node).toString(),
                    "--key-file",
                    folder.resolve(node + ".key").toString(),
                    "--json");
            Files.writeString(folder.resolve(node + ".json"), init.out());
            create.addAll(List.of("--node", folder.resolve(node + ".json").toString()));
        }
        Path committee = folder.resolve("committee.bin");
        create.addAll(List.of("--out", committee.toString()));
        cli(create.toArray(String[]::new));
        for (String admin : List.of("admin-a", "admin-b")) {
            cli(
                    "committee",
                    "sign",
                    "--committee",
                    committee.toString(),
                    "--admin-key",
                    folder.resolve(admin + ".key").toString());
        }
        Path config = folder.resolve("custos.properties");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "server.data = " + folder.resolve("server"),
                        "server.listen = 127.0.0.1:0",
                        "relay.listen = 127.0.0.1:0",
                        "coordinator.data = " + folder.resolve("coordinator"),
                        "coordinator.key-file = " + folder.resolve("coordinator.key"),
                        "committee.file = " + committee,
                        "policy.admin-key-files = " + folder.resolve("admin-a.key") + ", "
                                + folder.resolve("admin-b.key"),
                        "jobs.presignature-pool = 0",
                        ""));
        return config;
    }

    /** Waits until {@code /v1/health} says ok (every node connected; it answers 503 until then). */
    private void awaitHealthy(String api) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(api + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200
                    && JSON.readTree(response.body()).get("status").asText().equals("ok")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the nodes did not connect: " + response.body());
            }
            Thread.sleep(100);
        }
    }

    private JsonNode call(int status, String method, String url, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + url + ": " + response.body())
                .isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private CustosProcess start(String name, String... args) throws Exception {
        CustosProcess process = CustosProcess.start(name, args);
        processes.add(process);
        return process;
    }

    private static CliRun cli(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(Main.EXIT_OK);
        return run;
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
