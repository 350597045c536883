package dev.custos.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.audit.log.AuditException;
import dev.custos.audit.note.NoteSigner;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.routes.AuditRoutes;
import dev.custos.server.routes.PeopleRoutes;
import dev.custos.server.routes.SystemRoutes;
import dev.custos.server.routes.SystemRoutes.NodeCount;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.JdbcAuditStore;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerTest {
    private static final String ALICE = """
            {"name":"alice","roles":["approver","admin"],"vetting":{"level":"enhanced","valid_until":"2027-06-30T00:00:00Z"}}""";

    private static final NoteSigner AUDIT_KEY = NoteSigner.generate("custos.test/audit", new SecureRandom());

    @TempDir
    Path folder;

    private final AtomicReference<NodeCount> nodes = new AtomicReference<>(new NodeCount(3, 3));
    private TestApi api;

    @BeforeEach
    void start() {
        api = new TestApi(folder, ApiSettings.defaults(), this::routes);
    }

    private List<Route> routes(Database database) {
        List<Route> routes = new ArrayList<>(new SystemRoutes(nodes::get).routes());
        AuditTrail trail;
        try {
            trail = AuditTrail.open(database, AUDIT_KEY, List.of(), Clock.systemUTC());
        } catch (AuditException e) {
            throw new IllegalStateException(e);
        }
        routes.addAll(new PeopleRoutes(new PeopleStore(database, Clock.systemUTC()), trail).routes());
        routes.addAll(new AuditRoutes(trail, new JdbcAuditStore(database)).routes());
        return routes;
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void health_isPublic_andSaysWhenANodeIsMissing() throws Exception {
        assertThat(api.send("GET", "/v1/health", null, null))
                .isEqualTo(new TestApi.Answer(200, "{\"status\":\"ok\",\"nodes\":{\"connected\":3,\"total\":3}}"));
        nodes.set(new NodeCount(2, 3));
        assertThat(api.send("GET", "/v1/health", null, null))
                .isEqualTo(
                        new TestApi.Answer(503, "{\"status\":\"degraded\",\"nodes\":{\"connected\":2,\"total\":3}}"));
    }

    @Test
    void openApiDocument_isServedWithoutAToken() throws Exception {
        TestApi.Answer answer = api.send("GET", "/v1/openapi.yaml", null, null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).startsWith("openapi: 3.1.0");
    }

    @Test
    void tokens_missingWrongOrWithoutTheRole_areRefused() throws Exception {
        assertThat(api.send("GET", "/v1/people", null, null))
                .isEqualTo(error(401, "unauthorized", "missing 'Authorization: Bearer TOKEN' header"));
        assertThat(api.send("GET", "/v1/people", "custos_" + "0".repeat(64), null))
                .isEqualTo(error(401, "unauthorized", "unknown or revoked token"));
        assertThat(api.send("GET", "/v1/people", "not-a-token", null))
                .isEqualTo(error(401, "unauthorized", "unknown or revoked token"));
        assertThat(api.send("POST", "/v1/people", api.initiatorToken, ALICE))
                .isEqualTo(error(403, "forbidden", "this needs the admin role"));
        assertThat(count()).isZero();
    }

    @Test
    void people_addedByAnAdmin_areListed() throws Exception {
        TestApi.Answer created = api.send("POST", "/v1/people", api.adminToken, ALICE);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).contains("\"roles\":[\"admin\",\"approver\"]");
        assertThat(api.send("GET", "/v1/people/alice", api.adminToken, null).status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/v1/people/bob", api.adminToken, null))
                .isEqualTo(error(404, "not_found", "no person named 'bob'"));
        assertThat(api.send("POST", "/v1/people", api.adminToken, ALICE))
                .isEqualTo(error(409, "conflict", "a person named 'alice' exists already"));
    }

    @Test
    void auditLog_recordsEachAddition_andServesItsCheckpointAndEntries() throws Exception {
        assertThat(api.send("GET", "/v1/audit/checkpoint", api.adminToken, null))
                .isEqualTo(error(404, "not_found", "the audit log is empty"));
        api.send("POST", "/v1/people", api.adminToken, ALICE);
        api.send("POST", "/v1/people", api.adminToken, ALICE);

        TestApi.Answer checkpoint = api.send("GET", "/v1/audit/checkpoint", api.initiatorToken, null);
        assertThat(checkpoint.status()).isEqualTo(200);
        assertThat(checkpoint.body()).startsWith("custos.test/audit\n1\n");
        TestApi.Answer entries = api.send("GET", "/v1/audit/entries?from=0&limit=10", api.adminToken, null);
        assertThat(entries.status()).isEqualTo(200);
        String entry =
                new String(Base64.getDecoder().decode(StrictJsonTestSupport.field(entries.body(), "/entries/0/entry")));
        assertThat(entry).startsWith("{\"action\":\"person.added\",\"actor\":\"root\",\"details\":");
        assertThat(api.send("GET", "/v1/audit/entries", api.initiatorToken, null)
                        .status())
                .isEqualTo(403);
        assertThat(api.send("GET", "/v1/audit/entries?limit=0", api.adminToken, null))
                .isEqualTo(error(400, "bad_request", "query parameter 'limit' must be 1 to 1000"));
        assertThat(api.send("GET", "/v1/audit/entries?from=x", api.adminToken, null))
                .isEqualTo(error(400, "bad_request", "query parameter 'from' must be an integer, not 'x'"));
    }

    @Test
    void malformedBodies_areRefusedNamingTheField_andWriteNothing() throws Exception {
        assertThat(post(ALICE.replace("}}", "},\"extra\":1}")))
                .isEqualTo(error(400, "bad_request", "unknown field 'extra'"));
        assertThat(post(ALICE.replace("[\"approver\",\"admin\"]", "\"admin\"")))
                .isEqualTo(error(400, "bad_request", "field 'roles' must be an array"));
        assertThat(post(ALICE.replace("\"admin\"]", "\"root\"]")))
                .isEqualTo(error(
                        400,
                        "bad_request",
                        "field 'roles[1]' must be one of [initiator, approver, admin,"
                                + " auditor, operator], not 'root'"));
        assertThat(post(ALICE.replace("\"level\":\"enhanced\",", "")))
                .isEqualTo(error(400, "bad_request", "field 'vetting.level' is missing"));
        assertThat(post(ALICE.replace("\"alice\"", "42")))
                .isEqualTo(error(400, "bad_request", "field 'name' must be a string"));
        assertThat(post(ALICE.replace("2027-06-30T00:00:00Z", "next year")))
                .isEqualTo(error(
                        400,
                        "bad_request",
                        "field 'vetting.valid_until' must be an RFC 3339 time, not" + " 'next year'"));
        assertThat(post("{\"name\":\"a\",\"name\":\"b\"}").status()).isEqualTo(400);
        assertThat(post(ALICE + " {}").status()).isEqualTo(400);
        assertThat(post("[1,2]")).isEqualTo(error(400, "bad_request", "the body must be a JSON object"));
        assertThat(post(""))
                .isEqualTo(error(400, "bad_request", "the request body is empty; a JSON object is" + " expected"));
        assertThat(count()).isZero();
    }

    @Test
    void idempotencyKey_retryReturnsTheFirstAnswer_otherBodyConflicts() throws Exception {
        TestApi.Answer first = api.send("POST", "/v1/people", api.adminToken, ALICE, "Idempotency-Key", "k-1");
        TestApi.Answer retry = api.send("POST", "/v1/people", api.adminToken, ALICE, "Idempotency-Key", "k-1");
        assertThat(retry).isEqualTo(first);
        assertThat(first.status()).isEqualTo(201);
        assertThat(api.send(
                        "POST",
                        "/v1/people",
                        api.adminToken,
                        ALICE.replace("alice", "carol"),
                        "Idempotency-Key",
                        "k-1"))
                .isEqualTo(error(409, "conflict", "Idempotency-Key 'k-1' was used before for a different request"));
        assertThat(api.send("POST", "/v1/people", api.adminToken, ALICE, "Idempotency-Key", "bad key!")
                        .status())
                .isEqualTo(400);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void idempotencyKey_ofARefusedCall_canBeUsedAgain() throws Exception {
        String bad = ALICE.replace("}}", "},\"extra\":1}");
        assertThat(api.send("POST", "/v1/people", api.adminToken, bad, "Idempotency-Key", "k-2")
                        .status())
                .isEqualTo(400);
        assertThat(api.send("POST", "/v1/people", api.adminToken, ALICE, "Idempotency-Key", "k-2")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void hugeBody_isRefusedWith413() throws Exception {
        String huge = "{\"name\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";
        TestApi.Answer answer = post(huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"code\":\"body_too_large\"");
        assertThat(count()).isZero();
    }

    @Test
    void unknownRouteAndMethod_areJsonErrors() throws Exception {
        assertThat(api.send("GET", "/v1/nothing", api.adminToken, null))
                .isEqualTo(error(404, "not_found", "no route GET /v1/nothing"));
        assertThat(api.send("DELETE", "/v1/people", api.adminToken, null).status())
                .isIn(404, 405);
    }

    @Test
    void rateLimit_refusesBeyondTheBurst() throws Exception {
        api.close();
        api = new TestApi(folder.resolve("limited"), new ApiSettings(1024 * 1024, 0.001, 2), this::routes);
        assertThat(api.send("GET", "/v1/people", api.adminToken, null).status()).isEqualTo(200);
        assertThat(api.send("GET", "/v1/people", api.adminToken, null).status()).isEqualTo(200);
        TestApi.Answer third = api.send("GET", "/v1/people", api.adminToken, null);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.body()).contains("\"code\":\"rate_limited\"");
        assertThat(api.send("GET", "/v1/people", api.initiatorToken, null).status())
                .as("another token has its own bucket")
                .isEqualTo(403);
    }

    private TestApi.Answer post(String body) throws Exception {
        return api.send("POST", "/v1/people", api.adminToken, body);
    }

    private long count() {
        return new PeopleStore(api.database, Clock.systemUTC()).all().size();
    }

    private static TestApi.Answer error(int status, String code, String message) {
        return new TestApi.Answer(
                status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message.replace("'", "'") + "\"}}");
    }
}
