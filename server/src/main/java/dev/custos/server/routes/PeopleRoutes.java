package dev.custos.server.routes;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.CallOrigin;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.GovernanceEvents;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.people.Person;
import dev.custos.types.EventFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /v1/people}: the registry of privileged people. Admins add; admins and auditors read. */
public final class PeopleRoutes {
    private final PeopleStore people;
    private final AuditTrail audit;
    private final GovernanceEvents governance;

    public PeopleRoutes(PeopleStore people, AuditTrail audit) {
        this(people, audit, GovernanceEvents.NONE);
    }

    /** Routes that report each addition to {@code governance} (detection). */
    public PeopleRoutes(PeopleStore people, AuditTrail audit, GovernanceEvents governance) {
        this.people = requireNonNull(people, "people is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.governance = requireNonNull(governance, "governance is null");
    }

    public List<Route> routes() {
        return List.of(
                Route.create("/v1/people", this::add),
                Route.get("/v1/people", this::list),
                Route.get("/v1/people/{name}", this::get));
    }

    private Reply add(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        Person person = call.body(Person.class);
        if (!people.add(person)) {
            throw ApiException.conflict("a person named '" + person.name() + "' exists already");
        }
        long entry = audit.record(
                admin.name(),
                "person.added",
                person.name(),
                Map.of(
                        "roles",
                        person.roles(),
                        "vetting",
                        Map.of(
                                "level",
                                person.vetting().level(),
                                "valid_until",
                                person.vetting().validUntil())));
        governance.observe(
                "person.added",
                entry,
                Optional.of(admin.name()),
                CallOrigin.of(call),
                person.name(),
                Map.of(
                        EventFields.USER_TARGET_NAME,
                        person.name(),
                        EventFields.ROLE,
                        String.join(",", person.roles())));
        return Reply.created(person);
    }

    private Reply list(Call call) {
        requireReader(call);
        return Reply.ok(Map.of("people", people.all()));
    }

    private Reply get(Call call) {
        requireReader(call);
        String name = call.path("name");
        return Reply.ok(people.find(name).orElseThrow(() -> ApiException.notFound("no person named '" + name + "'")));
    }

    private static void requireReader(Call call) {
        call.requireAnyRole("reading the people registry needs the admin or auditor role", Role.ADMIN, Role.AUDITOR);
    }
}
