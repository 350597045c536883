package dev.custos.detect.server.testing;

import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.server.DetectionServer;
import dev.custos.detect.server.ServerSettings;
import dev.custos.detect.server.metrics.ServerMetrics;
import dev.custos.detect.server.security.SharedSecret;
import dev.custos.detect.server.sink.AlertSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

/** A detection server on an ephemeral loopback port, with an HTTP client that knows its token. */
public final class TestServer implements AutoCloseable {
    public static final String TOKEN = "test-token-0123456789abcdef";

    private final DetectionServer server;
    private final ServerMetrics metrics;

    private TestServer(DetectionServer server, ServerMetrics metrics) {
        this.server = server;
        this.metrics = metrics;
    }

    public static TestServer start() throws IOException {
        return start(settings -> settings, List.of());
    }

    /** A server with the default settings (token {@link #TOKEN}) changed by {@code customise}. */
    public static TestServer start(UnaryOperator<ServerSettings> customise, List<AlertSink> sinks) throws IOException {
        ServerMetrics metrics = new ServerMetrics();
        ServerSettings settings =
                customise.apply(ServerSettings.secured(new InetSocketAddress("127.0.0.1", 0), SharedSecret.of(TOKEN)));
        DetectionServer server = DetectionServer.start(settings, pipeline(), sinks, metrics, Clock.systemUTC());
        return new TestServer(server, metrics);
    }

    /** The standard pipeline without the bundled screening lists (faster to build; the scenarios need none). */
    public static DetectionPipeline pipeline() {
        return DetectionPipeline.standard(AddressIntel.builder().build(), ForestSettings.DEFAULT);
    }

    public DetectionServer server() {
        return server;
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    public URI uri(String path) {
        InetSocketAddress address = server.address();
        return URI.create("http://127.0.0.1:" + address.getPort() + path);
    }

    /** POSTs with the token. */
    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    /**
     * Sends {@code request} on a new connection. The JDK server closes idle keep-alive connections, and a pooled
     * connection the client reuses just as the server closes it fails with "header parser received no bytes" on a
     * loaded machine; a client per request never reuses one, so what a test sees is only what the server answered.
     */
    public HttpResponse<String> send(HttpRequest request) {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The lines of the Bybit-like scenario (history on lines 1-282, the two drain requests on 283-284). */
    public static List<String> bybitLines() {
        try (InputStream in = TestServer.class.getResourceAsStream("/scenarios/bybit-like.ndjson")) {
            if (in == null) {
                throw new IllegalStateException("scenario resource is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
