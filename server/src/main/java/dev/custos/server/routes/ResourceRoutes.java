package dev.custos.server.routes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.exposure.registry.Resource;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.CallOrigin;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.GovernanceEvents;
import dev.custos.server.exposure.RegistryExposure;
import dev.custos.server.hosts.ResourceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code /v1/resources}: hosts, cloud accounts, hypervisors and other things that reach signer nodes. {@code PUT
 * /v1/resources/{id}} {@code {"kind","nodes","contains"}} (admin) adds or replaces one, answering what it does to the
 * exposure figures; {@code GET /v1/resources} (admin, auditor) lists them with who can reach each.
 */
public final class ResourceRoutes {
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final ResourceStore resources;
    private final Supplier<List<String>> nodeNames;
    private final RegistryExposure exposure;
    private final AuditTrail audit;
    private final GovernanceEvents feed;

    public ResourceRoutes(
            ResourceStore resources,
            Supplier<List<String>> nodeNames,
            RegistryExposure exposure,
            AuditTrail audit,
            GovernanceEvents feed) {
        this.resources = requireNonNull(resources, "resources is null");
        this.nodeNames = requireNonNull(nodeNames, "nodeNames is null");
        this.exposure = requireNonNull(exposure, "exposure is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.feed = requireNonNull(feed, "feed is null");
    }

    public List<Route> routes() {
        return List.of(Route.get("/v1/resources", this::list), Route.put("/v1/resources/{id}", this::put));
    }

    private Reply list(Call call) {
        call.requireAnyRole("reading the resources needs the admin or auditor role", Role.ADMIN, Role.AUDITOR);
        Map<String, List<String>> access = resources.access();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Resource resource : resources.all().values()) {
            List<String> reachedBy = access.entrySet().stream()
                    .filter(entry -> entry.getValue().contains(resource.id()))
                    .map(Map.Entry::getKey)
                    .toList();
            listed.add(Map.of(
                    "id", resource.id(),
                    "kind", resource.kind(),
                    "nodes", resource.nodes(),
                    "contains", resource.contains(),
                    "reached_by", reachedBy));
        }
        return Reply.ok(Map.of("resources", listed));
    }

    private Reply put(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        String id = call.path("id");
        JsonFields fields = JsonFields.of(StrictJson.tree(call.body()), Set.of("kind", "nodes", "contains"));
        String kind = fields.optionalText("kind").orElse("host");
        if (!KIND.matcher(kind).matches()) {
            throw ApiException.badRequest(
                    "field 'kind' must be 1 to 40 characters from a-z 0-9 _ starting with a letter (host,"
                            + " cloud_account, hypervisor, pipeline, …), not '" + kind + "'");
        }
        JsonNode body = StrictJson.tree(call.body());
        List<String> nodes = texts(body.path("nodes"), "nodes");
        List<String> contains = texts(body.path("contains"), "contains");
        List<String> committee = nodeNames.get();
        for (int i = 0; i < nodes.size(); i++) {
            if (!committee.contains(nodes.get(i))) {
                throw ApiException.badRequest(
                        "field 'nodes[" + i + "]': no node '" + nodes.get(i) + "' in the committee " + committee);
            }
        }
        Set<String> known = resources.all().keySet();
        for (int i = 0; i < contains.size(); i++) {
            if (contains.get(i).equals(id) || !known.contains(contains.get(i))) {
                throw ApiException.badRequest("field 'contains[" + i + "]': '" + contains.get(i)
                        + "' must be another resource that exists already");
            }
        }
        Resource resource;
        try {
            resource = new Resource(id, kind, nodes, contains);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        RegistryExposure.Measurement before = exposure.measure();
        Optional<Resource> replaced = resources.put(resource);
        long entry = audit.record(
                admin.name(),
                "resource.set",
                id,
                Map.of("kind", kind, "nodes", nodes, "contains", contains, "replaced", replaced.isPresent()));
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.put("id", id);
        answer.put("kind", kind);
        answer.set("nodes", StrictJson.mapper().valueToTree(nodes));
        answer.set("contains", StrictJson.mapper().valueToTree(contains));
        answer.put("replaced", replaced.isPresent());
        answer.set("exposure", exposure.compare(before, "resource " + id, entry));
        feed.observe("resource.set", entry, Optional.of(admin.name()), CallOrigin.of(call), id, Map.of());
        return Reply.ok(answer);
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        if (node.isMissingNode()) {
            return values;
        }
        if (!node.isArray()) {
            throw ApiException.badRequest("field '" + field + "' must be an array of names");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode element = node.get(i);
            if (!element.isTextual() || element.asText().isEmpty()) {
                throw ApiException.badRequest("field '" + field + "[" + i + "]' must be a non-empty string");
            }
            if (values.contains(element.asText())) {
                throw ApiException.badRequest(
                        "field '" + field + "[" + i + "]' names '" + element.asText() + "' twice");
            }
            values.add(element.asText());
        }
        return values;
    }
}
