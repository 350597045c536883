package dev.custos.server.nodes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.CallOrigin;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.GovernanceEvents;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.signing.SignerCluster;
import dev.custos.server.storage.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /v1/nodes}: the committee's nodes, whether each is connected, and who operates it. Operators are set directly
 * only while no policy is active (bootstrap); afterwards changing them is a governed change.
 */
public final class NodeRoutes {
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

    private final Database database;
    private final SignerCluster cluster;
    private final PeopleStore people;
    private final AuditTrail audit;
    private final Clock clock;
    private final java.util.function.BooleanSupplier bootstrapping;
    private final NodePresence presence;
    private final GovernanceEvents governance;

    public NodeRoutes(
            Database database,
            SignerCluster cluster,
            PeopleStore people,
            AuditTrail audit,
            Clock clock,
            java.util.function.BooleanSupplier bootstrapping,
            NodePresence presence,
            GovernanceEvents governance) {
        this.governance = requireNonNull(governance, "governance is null");
        this.presence = requireNonNull(presence, "presence is null");
        this.database = requireNonNull(database, "database is null");
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.people = requireNonNull(people, "people is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.bootstrapping = requireNonNull(bootstrapping, "bootstrapping is null");
    }

    public List<Route> routes() {
        return List.of(Route.get("/v1/nodes", this::list), Route.put("/v1/nodes/{id}/operators", this::operators));
    }

    private Reply list(Call call) {
        call.requireCaller();
        presence.sample();
        Set<String> connected = cluster.connectedNodes();
        Map<String, List<String>> operators = operators();
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String node : cluster.nodeNames()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", node);
            entry.put("connected", connected.contains(node));
            entry.put("last_seen", presence.lastSeen(node).map(Object::toString).orElse(null));
            entry.put("operators", operators.getOrDefault(node, List.of()));
            nodes.add(entry);
        }
        return Reply.ok(nodes);
    }

    private Reply operators(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        String node = call.path("id");
        if (!cluster.nodeNames().contains(node)) {
            throw ApiException.notFound("no node '" + node + "' in the committee");
        }
        JsonNode body = StrictJson.tree(call.body());
        if (!body.isArray()) {
            throw ApiException.badRequest("the body must be a JSON array of people's names");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode name = body.get(i);
            if (!name.isTextual()) {
                throw ApiException.badRequest("element [" + i + "] must be a string");
            }
            if (people.find(name.asText()).isEmpty()) {
                throw ApiException.badRequest("element [" + i + "]: no person named '" + name.asText() + "'");
            }
            if (names.contains(name.asText())) {
                throw ApiException.badRequest("element [" + i + "]: '" + name.asText() + "' is named twice");
            }
            names.add(name.asText());
        }
        if (!bootstrapping.getAsBoolean()) {
            throw ApiException.conflict("a policy is active: changing who operates a node is a governed change");
        }
        database.inTransaction(connection -> {
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM node_operators WHERE node_id = ?")) {
                delete.setString(1, node);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO node_operators (node_id, operators, updated_at) VALUES (?, ?, ?)")) {
                insert.setString(1, node);
                insert.setString(2, StrictJson.write(names));
                insert.setLong(3, clock.millis());
                insert.executeUpdate();
            }
            return null;
        });
        long entry = audit.record(admin.name(), "node.operators_set", node, Map.of("operators", names));
        governance.observe("node.operators_set", entry, Optional.of(admin.name()), CallOrigin.of(call), node, Map.of());
        return Reply.ok(Map.of("id", node, "operators", names));
    }

    /** Who operates each node, as stored. */
    public Map<String, List<String>> operators() {
        return database.inTransaction(connection -> {
            Map<String, List<String>> operators = new LinkedHashMap<>();
            try (PreparedStatement query =
                            connection.prepareStatement("SELECT node_id, operators FROM node_operators");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    operators.put(rows.getString(1), StrictJson.mapper().readValue(rows.getString(2), NAMES));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a stored operator list does not parse", e);
            }
            return operators;
        });
    }
}
