package dev.custos.server.passkeys;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.people.PeopleStore;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Passkey routes: admins create one-time enrollment links for people in the registry; the link's holder enrolls a
 * passkey (public routes: the token in the body is the credential); admins and auditors list a person's passkeys in
 * the form a policy names them.
 */
public final class PasskeyRoutes {
    private final Passkeys passkeys;
    private final EnrollmentLinks links;
    private final PeopleStore people;
    private final AuditTrail audit;

    public PasskeyRoutes(Passkeys passkeys, EnrollmentLinks links, PeopleStore people, AuditTrail audit) {
        this.passkeys = requireNonNull(passkeys, "passkeys is null");
        this.links = requireNonNull(links, "links is null");
        this.people = requireNonNull(people, "people is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    public List<Route> routes() {
        return List.of(
                Route.create("/v1/people/{name}/enrollment-links", this::createLink),
                Route.get("/v1/people/{name}/passkeys", this::list),
                Route.publicPost("/v1/enrollments/start", this::start),
                Route.publicPost("/v1/enrollments/finish", this::finish));
    }

    private Reply createLink(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        if (!call.body().isBlank()) {
            throw ApiException.badRequest("creating an enrollment link takes no body");
        }
        String name = call.path("name");
        if (people.find(name).isEmpty()) {
            throw ApiException.notFound("no person '" + name + "' in the registry; add them first (POST /v1/people)");
        }
        if (people.departures().containsKey(name)) {
            throw ApiException.conflict(name + " was offboarded; an enrollment link is not given to someone who left");
        }
        EnrollmentLinks.Created link = links.create(name, admin.name());
        audit.record(
                admin.name(),
                "passkey.link_created",
                name,
                Map.of("expires_at", link.expiresAt().toString()));
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.put("person", name);
        answer.put("url", passkeys.origin().origin() + "/console/enroll#" + link.token());
        answer.put("expires_at", link.expiresAt().toString());
        return Reply.created(answer);
    }

    private Reply list(Call call) {
        call.requireAnyRole("listing passkeys needs the admin or auditor role", Role.ADMIN, Role.AUDITOR);
        String name = call.path("name");
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        ArrayNode items = answer.putArray("passkeys");
        for (Passkey passkey : passkeys.store().forPerson(name)) {
            items.add(policyEntry(passkey).put("created_at", passkey.createdAt().toString()));
        }
        return Reply.ok(answer);
    }

    private Reply start(Call call) {
        JsonFields fields = JsonFields.of(StrictJson.tree(call.body()), Set.of("token"));
        Passkeys.Ceremony ceremony;
        try {
            ceremony = passkeys.startEnrollment(fields.text("token"));
        } catch (PasskeyException e) {
            throw new ApiException(403, "enrollment_refused", e.getMessage());
        }
        ObjectNode answer = StrictJson.mapper().createObjectNode();
        answer.put("ceremony", ceremony.id());
        answer.put("person", ceremony.person());
        answer.set("options", StrictJson.tree(ceremony.optionsJson()));
        return Reply.ok(answer);
    }

    private Reply finish(Call call) {
        JsonFields fields = JsonFields.of(StrictJson.tree(call.body()), Set.of("ceremony", "credential"));
        JsonNode credential = fields.optionalObject("credential")
                .orElseThrow(() -> ApiException.badRequest("field 'credential' is missing"));
        Passkey passkey;
        try {
            passkey = passkeys.finishEnrollment(fields.text("ceremony"), credential.toString());
        } catch (PasskeyException e) {
            throw new ApiException(403, "enrollment_refused", e.getMessage());
        }
        audit.record(
                passkey.person(),
                "passkey.enrolled",
                passkey.person(),
                Map.of("credential_id", passkey.credentialId(), "algorithm", passkey.algorithm()));
        return Reply.created(policyEntry(passkey).put("person", passkey.person()));
    }

    /** The passkey as a policy's approver lists it (docs/POLICY.md, "Passkeys"). */
    public static ObjectNode policyEntry(Passkey passkey) {
        ObjectNode entry = StrictJson.mapper().createObjectNode();
        entry.put("credential_id", passkey.credentialId());
        entry.put("algorithm", passkey.algorithm());
        entry.put(
                "public_key",
                Base64.getEncoder().encodeToString(Base64.getUrlDecoder().decode(passkey.publicKeySpki())));
        return entry;
    }
}
