package dev.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/** A test's client of a started {@link CustodyServer}: calls that expect a status, and waiting for a request's status. */
public final class ServerClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    public ServerClient(int port) {
        this.port = port;
    }

    /** GETs {@code path} with {@code token}; asserts 200; answers the body as text. */
    public String text(String path, String token) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("GET " + path + ": " + response.body())
                .isEqualTo(200);
        return response.body();
    }

    /** Calls {@code method path} with {@code token} and {@code body}; asserts the status; answers the JSON body. */
    public JsonNode expect(int status, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(method + " " + path + ": " + response.body())
                .isEqualTo(status);
        return JSON.readTree(response.body());
    }

    /** Waits (up to a minute) until request {@code id} has {@code status}, passing only through {@code passing}. */
    public JsonNode awaitStatus(String token, String id, String status, String... passing) throws Exception {
        JsonNode request = expect(200, "GET", "/v1/requests/" + id, token, null);
        for (int i = 0; i < 600 && !request.get("status").asText().equals(status); i++) {
            assertThat(List.of(passing))
                    .as(request.toString())
                    .contains(request.get("status").asText());
            Thread.sleep(100);
            request = expect(200, "GET", "/v1/requests/" + id, token, null);
        }
        assertThat(request.get("status").asText()).as(request.toString()).isEqualTo(status);
        return request;
    }
}
