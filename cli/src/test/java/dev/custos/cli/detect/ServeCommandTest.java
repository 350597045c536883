package dev.custos.cli.detect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOKEN = "cli-test-token-0123456789";
    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");

    @TempDir
    Path folder;

    @Test
    void serve_withoutTokenOrInsecureFlag_exits2() {
        CliRun run = CliRun.of("detect", "serve", "--listen", "127.0.0.1:0", "--no-default-intel");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--token-file is required");
    }

    @Test
    void serve_insecureOnAllInterfaces_exits2() {
        CliRun run = CliRun.of("detect", "serve", "--listen", "0.0.0.0:0", "--insecure-no-auth");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("loopback");
    }

    @Test
    void serve_missingTokenFile_exits2NamingIt() {
        CliRun run = CliRun.of(
                "detect",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--token-file",
                folder.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--token-file not found").contains("nope");
    }

    @Test
    void serve_shortToken_exits2WithoutPrintingIt() throws IOException {
        Path token = folder.resolve("token");
        Files.writeString(token, "tiny-token\n");

        CliRun run = CliRun.of("detect", "serve", "--listen", "127.0.0.1:0", "--token-file", token.toString());

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("shorter than 16").doesNotContain("tiny-token");
    }

    @Test
    void serve_badListenAndWebhookOptions_exit2() throws IOException {
        Path token = tokenFile();

        assertThat(CliRun.of("detect", "serve", "--listen", "localhost", "--token-file", token.toString())
                        .exitCode())
                .isEqualTo(Main.EXIT_BAD_INPUT);
        CliRun webhook = CliRun.of(
                "detect",
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--token-file",
                token.toString(),
                "--webhook-url",
                "https://example.com/hook");
        assertThat(webhook.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(webhook.err()).contains("--webhook-secret-file");
        CliRun minutes = CliRun.of("detect", "serve", "--token-file", token.toString(), "--checkpoint-minutes", "0");
        assertThat(minutes.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
    }

    @Test
    void serve_configFile_valuesAreUsed_andBadOnesNamed() throws IOException {
        Path config = folder.resolve("serve.properties");

        Files.writeString(config, "detect.server.lisen = 127.0.0.1:0\n");
        CliRun typo = CliRun.of("detect", "serve", "--config", config.toString());
        Files.writeString(config, "detect.server.insecure-no-auth = true\ndetect.server.listen = 0.0.0.0:0\n");
        CliRun notLoopback = CliRun.of("detect", "serve", "--config", config.toString());
        Files.writeString(config, "detect.server.insecure-no-auth = true\ndetect.server.queue-capacity = many\n");
        CliRun badNumber = CliRun.of("detect", "serve", "--config", config.toString(), "--no-default-intel");
        CliRun missing = CliRun.of(
                "detect",
                "serve",
                "--config",
                folder.resolve("absent.properties").toString());

        assertThat(typo.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(typo.err()).contains("unknown setting detect.server.lisen");
        assertThat(notLoopback.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(notLoopback.err()).contains("only allowed on a loopback address, not 0.0.0.0:0");
        assertThat(badNumber.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(badNumber.err()).contains("detect.server.queue-capacity: not a whole number: many");
        assertThat(missing.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.err()).contains("--config not found");
    }

    @Test
    void serve_optionOverridesTheConfigFile() throws IOException {
        Path config = folder.resolve("serve.properties");
        Files.writeString(config, "detect.server.insecure-no-auth = true\ndetect.server.listen = 0.0.0.0:0\n");

        CliRun run = CliRun.of("detect", "serve", "--config", config.toString(), "--listen", "10.0.0.1:0");

        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("not 10.0.0.1:0");
    }

    @Test
    void serve_startsAnswersAndStopsWritingItsState() throws Exception {
        Path token = tokenFile();
        Path state = folder.resolve("state.json");
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = Thread.ofPlatform()
                .start(() -> exit.set(Main.run(
                        new String[] {
                            "detect",
                            "serve",
                            "--listen",
                            "127.0.0.1:0",
                            "--token-file",
                            token.toString(),
                            "--state",
                            state.toString(),
                            "--no-default-intel"
                        },
                        new PrintWriter(new StringWriter(), true),
                        new PrintWriter(err, true))));
        String base = awaitListening(err);
        try (HttpClient client = HttpClient.newHttpClient();
                HttpClient second = HttpClient.newHttpClient()) {
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/v1/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            // a second client: no reuse of a keep-alive connection the JDK server may close in between
            HttpResponse<String> events = second.send(
                    HttpRequest.newBuilder(URI.create(base + "/v1/events"))
                            .header("Authorization", "Bearer " + TOKEN)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"@timestamp\":\"2025-01-20T03:05:00Z\","
                                    + "\"event.category\":\"authentication\",\"event.action\":\"login\","
                                    + "\"user.name\":\"dave\"}\n"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(events.statusCode()).isEqualTo(200);
            assertThat(MAPPER.readTree(events.body()).get("accepted").asInt()).isEqualTo(1);
        }

        serving.interrupt();
        serving.join(Duration.ofSeconds(30));

        assertThat(serving.isAlive()).isFalse();
        assertThat(exit.get()).isEqualTo(Main.EXIT_OK);
        JsonNode saved = MAPPER.readTree(state.toFile());
        assertThat(saved.get("clock").asText()).isEqualTo("2025-01-20T03:05:00Z");
    }

    private Path tokenFile() throws IOException {
        Path token = folder.resolve("token");
        Files.writeString(token, TOKEN + "\n");
        return token;
    }

    private static String awaitListening(StringWriter err) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher matcher = LISTENING.matcher(err.toString());
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("server did not start: " + err);
    }
}
