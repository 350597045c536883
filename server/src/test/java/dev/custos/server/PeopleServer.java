package dev.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.server.access.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A custody server on three in-process nodes with a clock the test moves, an admin token ({@code root}), and helpers
 * to call the API as any token and to read the alerts a detector raised.
 */
public final class PeopleServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    public final MutableClock clock;
    public final InMemoryCluster cluster;
    public final CustodyServer server;
    public final String admin;
    private final HttpClient client = HttpClient.newHttpClient();

    public PeopleServer(Path folder, Instant start) throws Exception {
        clock = new MutableClock(start);
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        server = CustodyServer.start(CustodySettings.development(folder, "127.0.0.1", 0), cluster, clock);
        admin = server.tokens().issue("root", Set.of(Role.ADMIN, Role.AUDITOR));
    }

    /** Calls the API as the admin, expecting {@code status}. */
    public JsonNode send(int status, String method, String path, String body) throws Exception {
        return send(admin, status, method, path, body);
    }

    /** Calls the API with {@code token}, expecting {@code status}. */
    public JsonNode send(String token, int status, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** Adds a person with {@code roles} whose vetting holds until {@code validUntil}. */
    public void person(String name, String roles, String validUntil) throws Exception {
        send(
                201,
                "POST",
                "/v1/people",
                "{\"name\":\"" + name + "\",\"roles\":" + roles + ",\"vetting\":{\"level\":\"enhanced\","
                        + "\"valid_until\":\"" + validUntil + "\"}}");
    }

    /** The alerts kept so far that name {@code detector}, newest first. */
    public List<JsonNode> alerts(String detector) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode alert : send(200, "GET", "/v1/alerts?limit=500", null).get("alerts")) {
            for (JsonNode name : alert.get("detectors")) {
                if (name.asText().equals(detector)) {
                    found.add(alert);
                    break;
                }
            }
        }
        return found;
    }

    @Override
    public void close() throws java.io.IOException {
        server.close();
        cluster.close();
    }
}
