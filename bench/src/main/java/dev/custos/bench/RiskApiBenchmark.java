package dev.custos.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.event.EventParser;
import dev.custos.detect.event.ParsedLine;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.IntelLoader;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.server.DetectionServer;
import dev.custos.detect.server.ServerSettings;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.security.SharedSecret;
import dev.custos.detect.simulation.EventStream;
import dev.custos.detect.simulation.OrganisationSimulator;
import dev.custos.detect.simulation.SimulationSettings;
import dev.custos.types.EventFields;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Round trip of {@code POST /v1/risk} on loopback (JDK HttpClient, HTTP/1.1 keep-alive, bearer token) against a
 * detection server whose pipeline was warmed on a simulated organisation's history. The requests are the signing
 * requests of the history's last day (held out of the warm-up), replayed in a loop with fresh ids and increasing
 * timestamps, so every request is scored and learned like a live one. Read p50/p99/p99.9 from the sample-time output.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
@State(Scope.Benchmark)
public class RiskApiBenchmark {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** People in the simulated organisation; each is a user with hosts and devices. */
    @Param({"10000"})
    public int people;

    /** Days of simulated history (the last one is held out as the request pool). */
    @Param({"7"})
    public int days;

    private DetectionServer server;
    private HttpClient client;
    private URI riskUri;
    private String authorization;
    private List<ObjectNode> pool;
    private Instant next;
    private long sequence;

    @Setup(Level.Trial)
    public void start() throws IOException {
        SimulationSettings settings = SimulationSettings.of(7, people, days);
        List<String> lines = EventStream.lines(
                List.of(OrganisationSimulator.simulate(settings).events()));
        Instant heldOutFrom = settings.end().minus(Duration.ofDays(1));
        DetectionPipeline pipeline = DetectionPipeline.standard(IntelLoader.defaults(), ForestSettings.DEFAULT);
        EventParser parser = new EventParser();
        pool = new ArrayList<>();
        Set<String> users = new HashSet<>();
        int warm = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!(parser.parse(lines.get(i), i + 1) instanceof ParsedLine.Parsed parsed)) {
                throw new IllegalStateException("simulated line " + (i + 1) + " is malformed");
            }
            parsed.event().userName().ifPresent(users::add);
            boolean request = parsed.event().is(EventFields.CATEGORY_API, EventFields.ACTION_SIGNING_REQUEST);
            if (parsed.event().timestamp().isBefore(heldOutFrom)) {
                pipeline.process(parsed.event());
                warm++;
            } else if (request) {
                pool.add((ObjectNode) MAPPER.readTree(lines.get(i)));
            }
        }
        if (pool.isEmpty()) {
            throw new IllegalStateException("no signing requests in the held-out day");
        }
        next = settings.end();
        System.err.printf(
                "RiskApiBenchmark: %d events warmed, %d users, %d requests in the pool%n",
                warm, users.size(), pool.size());
        byte[] tokenBytes = new byte[24];
        new SecureRandom().nextBytes(tokenBytes);
        String token = HexFormat.of().formatHex(tokenBytes);
        server = DetectionServer.start(
                ServerSettings.secured(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), SharedSecret.of(token)),
                pipeline,
                List.of(),
                new ServerMetrics(),
                Clock.systemUTC());
        riskUri = URI.create("http://127.0.0.1:" + server.address().getPort() + "/v1/risk");
        authorization = "Bearer " + token;
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.close();
    }

    @Benchmark
    public JsonNode risk() throws IOException, InterruptedException {
        ObjectNode request = pool.get((int) (sequence % pool.size())).deepCopy();
        sequence++;
        next = next.plusSeconds(2);
        request.put("@timestamp", DateTimeFormatter.ISO_INSTANT.format(next));
        request.put("custos.request.id", "bench-" + sequence);
        request.remove("event.id");
        HttpResponse<byte[]> response = client.send(
                HttpRequest.newBuilder(riskUri)
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request.toString(), StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("risk API answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return MAPPER.readTree(response.body());
    }
}
