package dev.custos.server.console.setup;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.StrictJson;
import dev.custos.server.console.html.Html;
import dev.custos.server.console.pages.Forms;
import dev.custos.server.console.pages.Layout;
import dev.custos.server.console.pages.Text;
import dev.custos.server.console.routing.ApiCalls;
import dev.custos.server.console.routing.ConsoleRouter;
import dev.custos.server.console.routing.ConsoleRouter.PageRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * First steps, for admins: what the server holds (wallets, people and their passkeys, the active policy) and the
 * forms to get from an empty server to a first approved transfer. Everything goes through the API's routes as the
 * signed-in admin; the policy is activated exactly as the admin reviewed (and perhaps edited) it.
 */
public final class SetupPage {
    /** The page. */
    public static final String PATH = "/console/setup";

    private static final List<String> SCHEMES = List.of("ecdsa-secp256k1", "frost-secp256k1-tr", "frost-ed25519");
    private static final List<String> TIERS = List.of("hot", "warm", "cold");
    private static final List<String> ROLES = List.of("approver", "admin", "initiator", "auditor", "operator");

    private final ApiCalls api;
    private final Layout layout;
    private final Clock clock;

    public SetupPage(ApiCalls api, Layout layout, Clock clock) {
        this.api = requireNonNull(api, "api is null");
        this.layout = requireNonNull(layout, "layout is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Adds the page and its forms. */
    public void register(ConsoleRouter router) {
        router.page(PATH, request -> render(request, Optional.empty()));
        router.action(PATH + "/wallets", this::createWallet);
        router.action(PATH + "/people", this::addPerson);
        router.actionPage(PATH + "/enrollment-links", this::createLink);
        router.action(PATH + "/policy", this::activatePolicy);
        router.action(PATH + "/passkey-proposal", this::proposePasskeys);
    }

    private String render(PageRequest request, Optional<JsonNode> link) {
        Caller admin = request.session().caller();
        if (!admin.has(Role.ADMIN)) {
            throw ApiException.forbidden("first steps are for admins");
        }
        JsonNode wallets = api.get(admin, "/v1/wallets", Map.of()).path("wallets");
        JsonNode people = api.get(admin, "/v1/people", Map.of()).path("people");
        boolean policyActive = isPolicyActive(admin);
        return layout.page("First steps", Optional.of(request.session()), html -> {
            html.element(
                    "p",
                    "From an empty server to a first approved transfer: a wallet, a person who approves with a"
                            + " passkey, and a first policy. Submitting requests is for initiators (API tokens);"
                            + " docs/CONSOLE.md walks through it.");
            link.ifPresent(created -> linkPanel(html, created));
            walletSection(html, request, wallets);
            peopleSection(html, request, people);
            policySection(html, request, policyActive, admin);
        });
    }

    private boolean isPolicyActive(Caller admin) {
        try {
            api.get(admin, "/v1/policy", Map.of());
            return true;
        } catch (ApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static void linkPanel(Html html, JsonNode link) {
        html.open("section", "aria-labelledby", "link-heading", "class", "panel notice", "id", "enrollment-link");
        html.element("h2", "Enrollment link for " + link.path("person").asText(), "id", "link-heading");
        html.element(
                "p",
                "Shown once. Give it to the person over a channel you trust; it works once, until "
                        + link.path("expires_at").asText() + ", and only in a browser on this console's origin.");
        html.element("code", link.path("url").asText(), "class", "mono link", "id", "enrollment-url");
        html.close("section");
    }

    private static void walletSection(Html html, PageRequest request, JsonNode wallets) {
        html.open("section", "aria-labelledby", "wallets-heading", "class", "panel");
        html.element("h2", "1. Wallets (" + wallets.size() + ")", "id", "wallets-heading");
        html.open("ul");
        for (JsonNode wallet : wallets) {
            html.element(
                    "li",
                    wallet.path("id").asText() + " — " + wallet.path("scheme").asText() + ", "
                            + wallet.path("tier").asText() + ", "
                            + wallet.path("address").asText());
        }
        html.close("ul");
        Forms.post(html, PATH + "/wallets", request.session(), form -> {
            Forms.textField(form, "wallet-name", "Wallet name (a-z 0-9 . _ -)", "name", true);
            select(form, "wallet-scheme", "Scheme", "scheme", SCHEMES);
            select(form, "wallet-tier", "Tier", "tier", TIERS);
            form.element("button", "Create the wallet (distributed key generation on the nodes)", "type", "submit");
        });
        html.close("section");
    }

    private static void peopleSection(Html html, PageRequest request, JsonNode people) {
        html.open("section", "aria-labelledby", "people-heading", "class", "panel");
        html.element("h2", "2. People and passkeys", "id", "people-heading");
        html.open("ul");
        for (JsonNode person : people) {
            html.element("li", person.path("name").asText() + " — " + String.join(", ", texts(person.path("roles"))));
        }
        html.close("ul");
        Forms.post(html, PATH + "/people", request.session(), form -> {
            Forms.textField(form, "person-name", "Name", "name", true);
            form.open("fieldset");
            form.element("legend", "Roles");
            for (String role : ROLES) {
                form.empty("input", "type", "checkbox", "id", "role-" + role, "name", "roles", "value", role);
                form.element("label", role, "for", "role-" + role);
            }
            form.close("fieldset");
            Forms.textField(form, "vetting-level", "Vetting level (your scheme's label)", "vetting", true);
            form.element("button", "Add the person", "type", "submit");
        });
        Forms.post(html, PATH + "/enrollment-links", request.session(), form -> {
            Forms.textField(form, "link-person", "Person to enroll a passkey", "person", true);
            form.element("button", "Create a one-time enrollment link", "type", "submit");
        });
        html.close("section");
    }

    private void policySection(Html html, PageRequest request, boolean active, Caller admin) {
        html.open("section", "aria-labelledby", "policy-heading", "class", "panel");
        html.element("h2", "3. The first policy", "id", "policy-heading");
        if (active) {
            html.element(
                    "p", "A policy is active. Changes are governed proposals (Policy page, custos approve change).");
            JsonNode draft = api.get(admin, "/v1/policy/passkey-draft", Map.of());
            int added = draft.path("added_passkeys").asInt();
            if (added == 0) {
                html.element("p", "Every enrolled passkey of an approver or admin is in the active policy.");
            } else {
                html.element(
                        "p",
                        added + " enrolled passkey(s) are not in the active policy yet, so their approvals do not"
                                + " count. Adding them loosens the policy: the proposal needs the admin quorum's"
                                + " approval (custos approve change) and waits out the time lock.");
                Forms.post(
                        html,
                        PATH + "/passkey-proposal",
                        request.session(),
                        form -> form.element("button", "Propose adding them to the policy", "type", "submit"));
            }
            html.close("section");
            return;
        }
        html.element(
                "p",
                "Drafted from the wallets above, the approvers' and admins' passkeys, this console's origin and the"
                        + " detection key, on the baseline rules: delegatecalls, unknown targets, governance changes"
                        + " and blind signing are denied; every other transfer needs one treasury approval. Review"
                        + " it (the prices are placeholders), edit it if you like, then activate it: it is signed"
                        + " and installed on every node, and later changes need the admin quorum and time lock.");
        String draft = api.getText(admin, "/v1/policy/starter");
        Forms.post(html, PATH + "/policy", request.session(), form -> {
            form.element("label", "Policy document (JSON, docs/POLICY.md)", "for", "policy-document");
            form.textarea(
                    draft,
                    "id",
                    "policy-document",
                    "name",
                    "document",
                    "rows",
                    "24",
                    "class",
                    "mono",
                    "spellcheck",
                    "false");
            form.element("button", "Activate this policy", "type", "submit", "class", "primary");
        });
        html.close("section");
    }

    private String createWallet(PageRequest request) {
        ObjectNode body = StrictJson.mapper().createObjectNode();
        body.put("name", required(request, "name"));
        body.put("scheme", oneOf(request, "scheme", SCHEMES));
        body.put("tier", oneOf(request, "tier", TIERS));
        api.post(request.session().caller(), "/v1/wallets", body.toString());
        return PATH;
    }

    private String addPerson(PageRequest request) {
        ObjectNode body = StrictJson.mapper().createObjectNode();
        body.put("name", required(request, "name"));
        List<String> roles = request.form().getOrDefault("roles", List.of());
        roles.forEach(role -> {
            if (!ROLES.contains(role)) {
                throw ApiException.badRequest("unknown role '" + role + "'");
            }
        });
        body.set("roles", StrictJson.mapper().valueToTree(roles));
        ObjectNode vetting = body.putObject("vetting");
        vetting.put("level", required(request, "vetting"));
        vetting.put(
                "valid_until",
                clock.instant()
                        .plus(365, ChronoUnit.DAYS)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
        api.post(request.session().caller(), request.origin(), "/v1/people", body.toString());
        return PATH;
    }

    private String createLink(PageRequest request) {
        String person = Text.requireId(required(request, "person"), "the person's name");
        JsonNode link = api.post(request.session().caller(), "/v1/people/" + person + "/enrollment-links", "");
        return render(request, Optional.of(link));
    }

    private String activatePolicy(PageRequest request) {
        api.put(request.session().caller(), "/v1/policy", required(request, "document"));
        return "/console/policy";
    }

    private String proposePasskeys(PageRequest request) {
        Caller admin = request.session().caller();
        JsonNode draft = api.get(admin, "/v1/policy/passkey-draft", Map.of());
        if (draft.path("added_passkeys").asInt() == 0) {
            throw ApiException.conflict("every enrolled passkey is in the active policy already");
        }
        JsonNode proposal = api.post(
                admin,
                request.origin(),
                "/v1/policy/proposals",
                draft.get("document").toString());
        return "/console/policy#" + Text.requireId(proposal.path("id").asText(), "the proposal id");
    }

    private static String required(PageRequest request, String field) {
        return request.value(field)
                .map(String::strip)
                .orElseThrow(() -> ApiException.badRequest("the field '" + field + "' is empty"));
    }

    private static String oneOf(PageRequest request, String field, List<String> allowed) {
        String value = required(request, field);
        if (!allowed.contains(value)) {
            throw ApiException.badRequest("the field '" + field + "' must be one of " + allowed);
        }
        return value;
    }

    private static void select(Html html, String id, String label, String name, List<String> options) {
        html.element("label", label, "for", id);
        html.open("select", "id", id, "name", name);
        for (String option : options) {
            html.element("option", option, "value", option);
        }
        html.close("select");
    }

    private static List<String> texts(JsonNode array) {
        return StrictJson.mapper()
                .convertValue(
                        array, StrictJson.mapper().getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
