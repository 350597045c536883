package dev.custos.server.reviews;

import static java.util.Objects.requireNonNull;

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
import dev.custos.server.people.PeopleStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /v1/access-review} (admin, auditor): every person's powers and findings; {@code POST
 * /v1/people/{name}/attest} (admin, creating: an {@code Idempotency-Key} makes a retry safe) {@code {"note",
 * "next_due_days"}} records that the person still needs their power, in the audit log.
 */
final class AccessReviewRoutes {
    private static final int MAX_NOTE = 500;

    private final AccessReview review;
    private final Attestations attestations;
    private final PeopleStore people;
    private final AuditTrail audit;
    private final GovernanceEvents feed;
    private final Clock clock;

    AccessReviewRoutes(
            AccessReview review,
            Attestations attestations,
            PeopleStore people,
            AuditTrail audit,
            GovernanceEvents feed,
            Clock clock) {
        this.review = requireNonNull(review, "review is null");
        this.attestations = requireNonNull(attestations, "attestations is null");
        this.people = requireNonNull(people, "people is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.feed = requireNonNull(feed, "feed is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    List<Route> routes() {
        return List.of(
                Route.get("/v1/access-review", this::list), Route.create("/v1/people/{name}/attest", this::attest));
    }

    private Reply list(Call call) {
        call.requireAnyRole("the access review needs the admin or auditor role", Role.ADMIN, Role.AUDITOR);
        List<AccessReview.Entry> entries = review.review();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("at", clock.instant().toString());
        answer.put("people", entries.stream().map(AccessReview.Entry::toJson).toList());
        answer.put(
                "findings",
                entries.stream().mapToInt(entry -> entry.findings().size()).sum());
        return Reply.ok(answer);
    }

    private Reply attest(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        String name = call.path("name");
        JsonFields fields = JsonFields.of(StrictJson.tree(call.body()), Set.of("note", "next_due_days"));
        String note = fields.text("note");
        if (note.isBlank() || note.length() > MAX_NOTE) {
            throw ApiException.badRequest("field 'note' must be 1 to " + MAX_NOTE + " characters: what was reviewed");
        }
        long days = fields.optionalLong("next_due_days").orElse(AccessReview.ATTESTATION_PERIOD.toDays());
        if (days < 1 || days > 366) {
            throw ApiException.badRequest("field 'next_due_days' must be 1 to 366, not " + days);
        }
        if (people.find(name).isEmpty()) {
            throw ApiException.notFound("no person named '" + name + "'");
        }
        if (people.departures().containsKey(name)) {
            throw ApiException.conflict(name + " was offboarded: there is no power left to attest");
        }
        Instant now = clock.instant();
        Attestations.Attestation attestation =
                new Attestations.Attestation(name, now, admin.name(), now.plus(Duration.ofDays(days)), note);
        if (!attestations.add(attestation)) {
            throw ApiException.conflict("an attestation of " + name + " was recorded at this very moment; retry");
        }
        long entry = audit.record(
                admin.name(),
                "person.attested",
                name,
                Map.of("next_due", attestation.nextDue().toString(), "note", note));
        feed.observe("person.attested", entry, Optional.of(admin.name()), CallOrigin.of(call), name, Map.of());
        return Reply.created(attestation.toJson());
    }
}
