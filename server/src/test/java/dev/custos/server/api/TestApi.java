package dev.custos.server.api;

import dev.custos.server.access.ApiTokens;
import dev.custos.server.access.Role;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** A started API server on a fresh SQLite database, with an admin token and an initiator token, and a client. */
public final class TestApi implements AutoCloseable {
    public final Database database;
    public final ApiTokens tokens;
    public final ApiServer server;
    public final String adminToken;
    public final String initiatorToken;
    private final HttpClient client = HttpClient.newHttpClient();

    public TestApi(Path folder, ApiSettings settings, Function<Database, List<Route>> routes) {
        database = Database.open(DatabaseSettings.sqlite(folder.resolve("api.db")));
        tokens = new ApiTokens(database, Clock.systemUTC(), new SecureRandom());
        adminToken = tokens.issue("root", Set.of(Role.ADMIN));
        initiatorToken = tokens.issue("service", Set.of(Role.INITIATOR));
        server = ApiServer.start("127.0.0.1", 0, settings, database, tokens, routes.apply(database), Clock.systemUTC());
    }

    /** A response's status and body. */
    public record Answer(int status, String body) {}

    public Answer send(String method, String path, String token, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
