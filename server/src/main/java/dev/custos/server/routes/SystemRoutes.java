package dev.custos.server.routes;

import static java.util.Objects.requireNonNull;

import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The public routes: {@code /v1/health} and the OpenAPI document. */
public final class SystemRoutes {
    /** How many signer nodes are connected, of how many in the committee. */
    public record NodeCount(int connected, int total) {
        public NodeCount {
            if (connected < 0 || total < 0 || connected > total) {
                throw new IllegalArgumentException("node count " + connected + " of " + total);
            }
        }
    }

    private final Supplier<NodeCount> nodes;
    private final String openApi;

    public SystemRoutes(Supplier<NodeCount> nodes) {
        this.nodes = requireNonNull(nodes, "nodes is null");
        this.openApi = openApiDocument();
    }

    /** The OpenAPI document of API v1, as served. */
    public static String openApiDocument() {
        try (InputStream in = SystemRoutes.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the server's classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Route> routes() {
        return List.of(
                Route.publicGet("/v1/health", call -> health()),
                Route.publicGet("/v1/openapi.yaml", call -> Reply.text("application/yaml", openApi)));
    }

    private Reply health() {
        NodeCount count = nodes.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", count.connected() == count.total() && count.total() > 0 ? "ok" : "degraded");
        Map<String, Object> nodeCounts = new LinkedHashMap<>();
        nodeCounts.put("connected", count.connected());
        nodeCounts.put("total", count.total());
        body.put("nodes", nodeCounts);
        return Reply.json(count.connected() == count.total() && count.total() > 0 ? 200 : 503, body);
    }
}
