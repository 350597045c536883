package dev.custos.server.audit;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.audit.log.AuditEntries;
import dev.custos.audit.note.NoteVerifierKey;
import dev.custos.audit.verify.AuditReport;
import dev.custos.audit.verify.LogVerifier;
import dev.custos.server.api.StrictJson;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.DatabaseSettings;
import dev.custos.server.storage.JdbcAuditStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What {@code custos audit verify} does: reads every entry and checkpoint of a server's audit log — from its data
 * folder, or through the API — and checks them with {@link LogVerifier} against the log's key.
 */
public final class AuditVerification {
    /** The database file in a server data folder. */
    public static final String DATABASE_FILE = "custos.db";
    /** The folder of the server's own keys in a data folder. */
    public static final String SERVER_FOLDER = "server";

    private AuditVerification() {}

    /**
     * Verifies the log in a data folder, offline, with the key stored beside it.
     *
     * @throws IOException if the folder holds no server data
     */
    public static AuditReport offline(Path dataFolder) throws IOException {
        Path database = dataFolder.resolve(DATABASE_FILE);
        if (!Files.isRegularFile(database)) {
            throw new IOException(dataFolder + " holds no server database (" + DATABASE_FILE + ")");
        }
        NoteVerifierKey logKey = AuditKey.verifierKey(dataFolder.resolve(SERVER_FOLDER));
        try (Database opened = Database.openReadOnly(DatabaseSettings.sqlite(database))) {
            JdbcAuditStore store = new JdbcAuditStore(opened);
            return new LogVerifier(logKey.name(), logKey, List.of(), 0).verify(store, store.checkpoints());
        }
    }

    /**
     * Verifies the log a server serves, reading it page by page with an auditor's or admin's token.
     *
     * @param logKey the log's key, as the verifier knows it (from the server's data folder or its operators)
     * @throws IOException if the API cannot be reached or answers with an error
     */
    public static AuditReport remote(URI api, String token, NoteVerifierKey logKey) throws IOException {
        requireNonNull(logKey, "logKey is null");
        Client client = new Client(api, token);
        List<byte[]> entries = new ArrayList<>();
        long size = Long.MAX_VALUE;
        while (entries.size() < size) {
            JsonNode page = client.get("/audit/entries?from=" + entries.size() + "&limit=1000");
            size = page.path("size").asLong();
            JsonNode items = page.path("entries");
            if (items.isEmpty() && entries.size() < size) {
                throw new IOException("the API returned no entries from " + entries.size() + " of " + size);
            }
            for (JsonNode item : items) {
                entries.add(Base64.getDecoder().decode(item.path("entry").asText()));
            }
        }
        List<String> checkpoints = new ArrayList<>();
        client.get("/audit/checkpoints").path("checkpoints").forEach(note -> checkpoints.add(note.asText()));
        return new LogVerifier(logKey.name(), logKey, List.of(), 0).verify(AuditEntries.of(entries), checkpoints);
    }

    private record Client(URI api, String token) {
        JsonNode get(String path) throws IOException {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(api.toString().replaceAll("/+$", "") + path))
                    .header("Authorization", "Bearer " + token)
                    .timeout(Duration.ofSeconds(30))
                    .GET()
                    .build();
            HttpResponse<String> response;
            try (HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build()) {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading " + path, e);
            }
            if (response.statusCode() != 200) {
                throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return StrictJson.tree(response.body());
        }
    }
}
