package dev.custos.server.routes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.custos.server.people.PeopleStore;
import dev.custos.server.people.Person;
import dev.custos.server.reviews.PersonPowers;
import dev.custos.server.reviews.PowerCatalogue;
import dev.custos.server.reviews.RetainedPower;
import dev.custos.types.EventFields;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Movers and leavers (admin): {@code PUT /v1/people/{name}/roles} moves a person between roles, {@code POST
 * /v1/people/{name}/leaving} announces their last day, {@code PUT /v1/people/{name}/access} records the hosts and
 * cloud accounts they can reach. Each answers what power the person holds before and after, what they keep whatever
 * the registry says (approval keys in the signed policy, tokens issued with other roles, node logins), and what the
 * change does to the exposure figures; each is audited and reported to detection as a governance action.
 */
public final class PersonChangeRoutes {
    private final PeopleStore people;
    private final ResourceStore resources;
    private final PowerCatalogue powers;
    private final RegistryExposure exposure;
    private final AuditTrail audit;
    private final GovernanceEvents feed;
    private final Clock clock;

    public PersonChangeRoutes(
            PeopleStore people,
            ResourceStore resources,
            PowerCatalogue powers,
            RegistryExposure exposure,
            AuditTrail audit,
            GovernanceEvents feed,
            Clock clock) {
        this.people = requireNonNull(people, "people is null");
        this.resources = requireNonNull(resources, "resources is null");
        this.powers = requireNonNull(powers, "powers is null");
        this.exposure = requireNonNull(exposure, "exposure is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.feed = requireNonNull(feed, "feed is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public List<Route> routes() {
        return List.of(
                Route.put("/v1/people/{name}/roles", this::roles),
                Route.post("/v1/people/{name}/leaving", this::leaving),
                Route.put("/v1/people/{name}/access", this::access));
    }

    private Reply roles(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        Person person = present(call.path("name"));
        List<String> roles = names(StrictJson.tree(call.body()), "role");
        Person moved;
        try {
            moved = new Person(person.name(), roles, person.vetting());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        PersonPowers before = powers.of(person.name()).orElseThrow();
        RegistryExposure.Measurement figures = exposure.measure();
        people.replace(moved);
        long entry = audit.record(
                admin.name(),
                "person.roles_changed",
                person.name(),
                Map.of("before", person.roles(), "after", moved.roles()));
        return Reply.ok(answer(call, admin, entry, "person.roles_changed", person.name(), before, figures));
    }

    private Reply leaving(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        Person person = present(call.path("name"));
        String text =
                JsonFields.of(StrictJson.tree(call.body()), Set.of("last_day")).text("last_day");
        LocalDate lastDay;
        try {
            lastDay = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("field 'last_day' must be a date (YYYY-MM-DD), not '" + text + "'");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (lastDay.isBefore(today)) {
            throw ApiException.badRequest("field 'last_day' must be today (" + today + ") or later, not " + lastDay
                    + "; someone who has left is offboarded (POST /v1/people/{name}/offboard)");
        }
        PersonPowers before = powers.of(person.name()).orElseThrow();
        RegistryExposure.Measurement figures = exposure.measure();
        Optional<LocalDate> earlier = people.recordLeaving(person.name(), lastDay, admin.name());
        long entry = audit.record(
                admin.name(),
                "person.leaving",
                person.name(),
                Map.of(
                        "last_day",
                        lastDay.toString(),
                        "previous_last_day",
                        earlier.map(LocalDate::toString).orElse("")));
        ObjectNode answer = answer(call, admin, entry, "person.leaving", person.name(), before, figures);
        answer.put("leaving_on", lastDay.toString());
        earlier.ifPresentOrElse(
                date -> answer.put("previous_leaving_on", date.toString()),
                () -> answer.putNull("previous_leaving_on"));
        return Reply.ok(answer);
    }

    private Reply access(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        Person person = present(call.path("name"));
        List<String> reached = names(StrictJson.tree(call.body()), "resource id");
        Set<String> known = resources.all().keySet();
        for (int i = 0; i < reached.size(); i++) {
            if (!known.contains(reached.get(i))) {
                throw ApiException.badRequest("element [" + i + "]: no resource '" + reached.get(i)
                        + "' (add it first: PUT /v1/resources/{id})");
            }
        }
        PersonPowers before = powers.of(person.name()).orElseThrow();
        RegistryExposure.Measurement figures = exposure.measure();
        List<String> previous = resources.setAccess(person.name(), reached);
        long entry = audit.record(
                admin.name(), "person.access_set", person.name(), Map.of("before", previous, "after", reached));
        return Reply.ok(answer(call, admin, entry, "person.access_set", person.name(), before, figures));
    }

    private ObjectNode answer(
            Call call,
            Caller admin,
            long entry,
            String action,
            String name,
            PersonPowers before,
            RegistryExposure.Measurement figures) {
        PersonPowers after = powers.of(name).orElseThrow();
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.put("person", name);
        answer.put("employment", after.employment());
        answer.set("before", StrictJson.mapper().valueToTree(before));
        answer.set("after", StrictJson.mapper().valueToTree(after));
        answer.set("keeps", StrictJson.mapper().valueToTree(RetainedPower.of(after)));
        answer.set("exposure", exposure.compare(figures, action.substring("person.".length()) + " of " + name, entry));
        feed.observe(
                action,
                entry,
                Optional.of(admin.name()),
                CallOrigin.of(call),
                name,
                Map.of(EventFields.USER_TARGET_NAME, name));
        return answer;
    }

    private Person present(String name) {
        Person person = people.find(name).orElseThrow(() -> ApiException.notFound("no person named '" + name + "'"));
        if (people.departures().containsKey(name)) {
            throw ApiException.conflict(name + " was offboarded; the registry keeps them as they left");
        }
        return person;
    }

    /** A JSON array of distinct strings, each element named in errors. */
    static List<String> names(JsonNode body, String what) {
        if (!body.isArray()) {
            throw ApiException.badRequest("the body must be a JSON array of " + what + "s");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode element = body.get(i);
            if (!element.isTextual()) {
                throw ApiException.badRequest("element [" + i + "] must be a string");
            }
            if (names.contains(element.asText())) {
                throw ApiException.badRequest("element [" + i + "]: '" + element.asText() + "' is named twice");
            }
            names.add(element.asText());
        }
        return names;
    }
}
