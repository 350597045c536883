package dev.custos.server.policy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.StrictJson;
import dev.custos.server.passkeys.Passkey;
import dev.custos.server.passkeys.PasskeyStore;
import dev.custos.server.passkeys.WebOrigin;
import dev.custos.server.people.Person;
import dev.custos.server.wallets.StoredWallet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A first policy drafted from what the server holds, for an admin to review and put (docs/CONSOLE.md, "First
 * steps"): every wallet with its own addresses, every approver and admin of the registry who enrolled a passkey, the
 * console's origin for passkey approvals, the detection verdict key, and the baseline policy's rules
 * (docs/POLICY.md, "The baseline policy") with its allowlist-only allow replaced by "one treasury approval allows",
 * so that a first transfer can be approved before any destination has cooled down: a plain transfer to an address off
 * the allowlist needs a security approval too, and calling a function of an unknown address stays denied. The ETH and BTC prices are placeholders
 * to review. Governance: one admin, 24-hour time lock. Solana wallets are left out (policies cannot value them yet).
 * Nothing is activated here.
 */
public final class StarterPolicy {
    private static final String BASELINE = "/dev/custos/policy/baseline-policy.json";

    private StarterPolicy() {}

    /**
     * The draft document.
     *
     * @param wallets the server's wallets
     * @param people the people registry
     * @param passkeys the enrolled passkeys
     * @param origin the console origin passkeys are bound to
     * @param verdictKey the detection verdict key (hex)
     * @param now the time to date the price table with
     */
    public static ObjectNode draft(
            List<StoredWallet> wallets,
            List<Person> people,
            PasskeyStore passkeys,
            WebOrigin origin,
            String verdictKey,
            Instant now) {
        requireNonNull(origin, "origin is null");
        ObjectNode policy = baseline();
        policy.put("name", "starter");
        policy.putObject("governance").put("admin_quorum", 1).put("timelock_seconds", 86_400);
        ObjectNode webauthn = policy.putObject("webauthn");
        webauthn.put("rp_id", origin.relyingPartyId());
        webauthn.putArray("origins").add(origin.origin());
        ArrayNode approvers = policy.putArray("approvers");
        for (Person person : people) {
            List<Passkey> keys = passkeys.forPerson(person.name());
            boolean approves = person.roles().contains("approver");
            boolean administers = person.roles().contains("admin");
            if (keys.isEmpty() || !(approves || administers)) {
                continue;
            }
            ObjectNode approver = approvers.addObject();
            approver.put("name", person.name());
            ArrayNode groups = approver.putArray("groups");
            if (approves) {
                groups.add("treasury");
                groups.add("security");
            }
            if (administers) {
                groups.add("admin");
            }
            ArrayNode entries = approver.putArray("passkeys");
            for (Passkey key : keys) {
                entries.addObject()
                        .put("credential_id", key.credentialId())
                        .put("algorithm", key.algorithm())
                        .put(
                                "public_key",
                                Base64.getEncoder()
                                        .encodeToString(Base64.getUrlDecoder().decode(key.publicKeySpki())));
            }
        }
        ArrayNode walletEntries = policy.putArray("wallets");
        for (StoredWallet wallet : wallets) {
            if (wallet.scheme().equals("frost-ed25519")) {
                continue; // policies do not value Solana yet: its requests stay denied as an unknown wallet
            }
            String chain = chain(wallet.scheme());
            ObjectNode entry = walletEntries.addObject();
            entry.put("id", wallet.id());
            entry.put("tier", wallet.tier());
            entry.put("chain", chain);
            entry.putArray("own_addresses")
                    .add(chain.equals("ethereum") ? wallet.address().toLowerCase(Locale.ROOT) : wallet.address());
        }
        ObjectNode prices = policy.putObject("prices");
        prices.put("as_of", now.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        ArrayNode assets = prices.putArray("assets");
        assets.addObject()
                .put("chain", "ethereum")
                .put("asset", "native")
                .put("usd", "2000")
                .put("decimals", 18);
        assets.addObject()
                .put("chain", "bitcoin")
                .put("asset", "btc")
                .put("usd", "90000")
                .put("decimals", 8);
        policy.putObject("detection").put("verdict_key", verdictKey);
        ArrayNode rules = (ArrayNode) policy.get("rules");
        for (int i = rules.size() - 1; i >= 0; i--) {
            ObjectNode rule = (ObjectNode) rules.get(i);
            switch (rule.path("id").asText()) {
                case "allow-active-destination" -> rules.remove(i);
                case "deny-unknown-target" ->
                    rule.put(
                                    "description",
                                    "the payload calls a function of an address that is neither an allowlisted destination"
                                            + " nor a known contract")
                            .put("condition", "'unknown_target' in flags && intent.function != ''");
                default -> {
                    // kept as the baseline has it
                }
            }
        }
        rules.addObject()
                .put("id", "starter-new-destination-needs-security")
                .put("description", "a recipient is not on the allowlist: a security officer approves too")
                .put("condition", "!destination.allowlisted")
                .putObject("effect")
                .putObject("require_approvals")
                .put("quorum", 1)
                .putArray("groups")
                .add("security");
        rules.addObject()
                .put("id", "starter-treasury-approves")
                .put("condition", "true")
                .putObject("effect")
                .putObject("require_approvals")
                .put("quorum", 1)
                .putArray("groups")
                .add("treasury");
        rules.addObject()
                .put("id", "starter-allow-approved")
                .put("effect", "allow")
                .put("condition", "true");
        return policy;
    }

    private static ObjectNode baseline() {
        try (InputStream in = StarterPolicy.class.getResourceAsStream(BASELINE)) {
            if (in == null) {
                throw new IllegalStateException("the baseline policy " + BASELINE + " is missing from the classpath");
            }
            return (ObjectNode) StrictJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline policy", e);
        }
    }

    private static String chain(String scheme) {
        return switch (scheme) {
            case "ecdsa-secp256k1" -> "ethereum";
            case "frost-secp256k1-tr" -> "bitcoin";
            default -> throw new IllegalArgumentException("no chain for wallet scheme " + scheme);
        };
    }
}
