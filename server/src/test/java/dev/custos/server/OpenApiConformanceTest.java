package dev.custos.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.custos.server.access.Role;
import dev.custos.server.api.Route;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document against the implementation: the same routes, and the answers of a short session valid against
 * the schemas the document names for them.
 */
class OpenApiConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final HttpClient client = HttpClient.newHttpClient();

    @TempDir
    Path folder;

    private InMemoryCluster cluster;
    private CustodyServer server;
    private JsonNode document;

    @BeforeEach
    void start() throws Exception {
        cluster = new InMemoryCluster(folder.resolve("nodes"));
        server = CustodyServer.start(CustodySettings.development(folder, "127.0.0.1", 0), cluster, Clock.systemUTC());
        try (InputStream in = OpenApiConformanceTest.class.getResourceAsStream("/openapi.yaml")) {
            document = new YAMLMapper().readTree(in);
        }
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        cluster.close();
    }

    @Test
    void everyRoute_isDocumented_andEveryDocumentedOperationIsARoute() {
        Set<String> served = new TreeSet<>();
        for (Route route : server.routes()) {
            served.add(route.key());
        }
        Set<String> documented = new TreeSet<>();
        Iterator<String> paths = document.get("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next();
            Iterator<String> methods = document.get("paths").get(path).fieldNames();
            while (methods.hasNext()) {
                documented.add(methods.next().toLowerCase(Locale.ROOT) + " " + path);
            }
        }
        assertThat(documented).isEqualTo(served);
        for (Route route : server.routes()) {
            JsonNode operation = document.at(
                    "/paths/" + escape(route.path()) + "/" + route.key().split(" ")[0]);
            boolean idempotent = operation.path("parameters").toString().contains("IdempotencyKey");
            assertThat(idempotent)
                    .as(route.key() + " documents Idempotency-Key")
                    .isEqualTo(route.creates());
        }
    }

    @Test
    void answersOfASession_matchTheirSchemas() throws Exception {
        String admin = server.tokens().issue("root", Set.of(Role.ADMIN, Role.AUDITOR));
        check("post", "/v1/tokens", "201", admin, "{\"name\":\"ivan\",\"roles\":[\"initiator\"]}");
        check("post", "/v1/wallets", "201", admin, "{\"name\":\"w1\",\"scheme\":\"frost-ed25519\",\"tier\":\"warm\"}");
        check("get", "/v1/wallets", "200", admin, null);
        check("get", "/v1/wallets/{id}", "200", admin, null, "w1");
        check("get", "/v1/nodes", "200", admin, null);
        check("get", "/v1/requests", "200", admin, null);
        check("get", "/v1/health", "200", null, null);
        check("get", "/v1/alerts", "200", admin, null);
        check("get", "/v1/detection", "200", admin, null);
        check(
                "post",
                "/v1/people",
                "201",
                admin,
                "{\"name\":\"alice\",\"roles\":[\"operator\"],\"vetting\":{\"level\":\"basic\",\"valid_until\":\"2030-01-01T00:00:00Z\"}}");
        check("put", "/v1/nodes/{id}/operators", "200", admin, "[\"alice\"]", "node-1");
        JsonNode proof = call("get", "/v1/audit/proof?index=0", admin, null);
        JsonNode proofSchema =
                document.at("/paths/~1v1~1audit~1proof/get/responses/200/content/application~1json/schema");
        assertThat(errors(proofSchema.get("$ref").asText(), proof))
                .as(proof.toString())
                .isEmpty();
        assertThat(proof.get("path")).isNotEmpty();
        JsonNode unknownAlert =
                call("post", "/v1/alerts/nope/feedback", admin, "{\"verdict\":\"confirmed\",\"reason\":\"seen\"}");
        assertThat(unknownAlert.at("/error/code").asText()).isEqualTo("not_found");
        assertThat(errors("#/components/schemas/Error", unknownAlert)).isEmpty();
        JsonNode error = call("get", "/v1/wallets/nope", admin, null);
        assertThat(errors("#/components/schemas/Error", error)).isEmpty();
        // the check can fail: a wallet without its fields, or with an unknown one, does not match
        assertThat(errors("#/components/schemas/Wallet", JSON.readTree("{\"id\":\"w1\"}")))
                .isNotEmpty();
        assertThat(errors("#/components/schemas/Error", JSON.readTree("{\"error\":{\"code\":\"x\"}}")))
                .isNotEmpty();
    }

    private void check(String method, String path, String status, String token, String body) throws Exception {
        check(method, path, status, token, body, "");
    }

    private void check(String method, String path, String status, String token, String body, String id)
            throws Exception {
        JsonNode answer = call(method, path.replace("{id}", id), token, body);
        JsonNode schema = document.at(
                "/paths/" + escape(path) + "/" + method + "/responses/" + status + "/content/application~1json/schema");
        assertThat(schema.isMissingNode())
                .as(method + " " + path + " " + status + " has a schema")
                .isFalse();
        assertThat(errors(schema.get("$ref").asText(), answer))
                .as(method + " " + path + ": " + answer)
                .isEmpty();
    }

    private List<String> errors(String pointer, JsonNode value) {
        return registry.getSchema(SchemaLocation.of("classpath:openapi.yaml" + pointer)).validate(value).stream()
                .map(Object::toString)
                .toList();
    }

    private JsonNode call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(
                        method.toUpperCase(Locale.ROOT),
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }
}
