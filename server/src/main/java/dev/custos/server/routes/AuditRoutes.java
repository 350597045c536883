package dev.custos.server.routes;

import static java.util.Objects.requireNonNull;

import dev.custos.audit.log.AuditException;
import dev.custos.audit.log.AuditStore;
import dev.custos.audit.merkle.InclusionProof;
import dev.custos.audit.merkle.MerkleHash;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.audit.AuditTrail;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /v1/audit}: the latest signed checkpoint (any token), and for auditors and admins the entries and every
 * checkpoint, which is what {@code custos audit verify --api} checks, and an entry's inclusion proof.
 */
public final class AuditRoutes {
    private static final int MAX_PAGE = 1000;

    private final AuditTrail trail;
    private final AuditStore store;

    public AuditRoutes(AuditTrail trail, AuditStore store) {
        this.trail = requireNonNull(trail, "trail is null");
        this.store = requireNonNull(store, "store is null");
    }

    public List<Route> routes() {
        return List.of(
                Route.get("/v1/audit/checkpoint", this::checkpoint),
                Route.get("/v1/audit/entries", this::entries),
                Route.get("/v1/audit/checkpoints", this::checkpoints),
                Route.get("/v1/audit/proof", this::proof));
    }

    private Reply checkpoint(Call call) {
        call.requireCaller();
        return trail.latestCheckpoint()
                .map(note -> Reply.text("text/plain; charset=utf-8", note.encode()))
                .orElseThrow(() -> ApiException.notFound("the audit log is empty"));
    }

    private Reply entries(Call call) {
        requireAuditor(call);
        long from = call.integerQueryParameter("from", 0, 0, Long.MAX_VALUE);
        long limit = call.integerQueryParameter("limit", MAX_PAGE, 1, MAX_PAGE);
        long size = store.size();
        List<Map<String, Object>> entries = new ArrayList<>();
        for (long index = from; index < Math.min(size, from + limit); index++) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("index", index);
            entry.put("entry", Base64.getEncoder().encodeToString(store.entry(index)));
            entries.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("size", size);
        body.put("entries", entries);
        return Reply.ok(body);
    }

    private Reply checkpoints(Call call) {
        requireAuditor(call);
        return Reply.ok(Map.of("checkpoints", store.checkpoints()));
    }

    /**
     * Entry {@code index} with its RFC 9162 inclusion proof in the tree of {@code tree_size} entries (default: the
     * whole log) and the signed checkpoint of that size, so that a client can recompute the root from the entry.
     */
    private Reply proof(Call call) {
        requireAuditor(call);
        long size = store.size();
        if (size == 0) {
            throw ApiException.notFound("the audit log is empty");
        }
        long treeSize = call.integerQueryParameter("tree_size", size, 1, size);
        if (call.queryParameter("index").isEmpty()) {
            throw ApiException.badRequest("query parameter 'index' is missing");
        }
        long index = call.integerQueryParameter("index", 0, 0, treeSize - 1);
        InclusionProof proof = trail.log().inclusionProof(index, treeSize);
        String checkpoint;
        try {
            checkpoint = trail.log().checkpoint(treeSize).encode();
        } catch (AuditException e) {
            throw new IllegalStateException("the audit log's checkpoint of size " + treeSize + " does not verify", e);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("index", index);
        body.put("tree_size", treeSize);
        body.put("entry", Base64.getEncoder().encodeToString(store.entry(index)));
        body.put("path", proof.path().stream().map(MerkleHash::hex).toList());
        body.put("checkpoint", checkpoint);
        return Reply.ok(body);
    }

    private static void requireAuditor(Call call) {
        call.requireAnyRole("reading the audit log needs the auditor or admin role", Role.AUDITOR, Role.ADMIN);
    }
}
