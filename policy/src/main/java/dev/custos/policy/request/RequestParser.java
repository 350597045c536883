package dev.custos.policy.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.AddressBookEntry;
import dev.custos.chain.intent.AddressKind;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTransactionParser;
import dev.custos.chain.safe.SafeVersion;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.model.Destination;
import dev.custos.policy.model.Policy;
import dev.custos.policy.velocity.PastRequest;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code signing.request} event (docs/EVENTS.md) and decodes its payload ({@code custos.tx.raw} hex or
 * {@code custos.tx.safe} object) with the policy's destinations and known contracts as the address book.
 */
public final class RequestParser {
    private static final Set<String> OPAQUE = Set.of("custos.tx.safe");

    private RequestParser() {}

    public static SigningRequest parse(JsonNode event, Policy policy, Instant now) {
        EventFields fields = new EventFields(event, OPAQUE);
        String action = fields.text("event.action", "");
        if (!action.equals("signing.request")) {
            throw new PolicyInputException("request event.action must be 'signing.request', got '" + action + "'");
        }
        Instant timestamp = fields.get("@timestamp").isPresent() ? instant(fields, "@timestamp") : now;
        AddressBook book = addressBook(policy);
        Optional<Intent> intent = Optional.empty();
        byte[] payloadHash = new byte[32];
        if (fields.get("custos.tx.raw").isPresent()
                && fields.get("custos.tx.safe").isPresent()) {
            throw new PolicyInputException("request has both custos.tx.raw and custos.tx.safe; give one payload");
        }
        if (fields.get("custos.tx.raw").isPresent()) {
            byte[] raw;
            try {
                raw = Hex.decode(fields.requiredText("custos.tx.raw").strip());
                intent = Optional.of(IntentDecoder.withWellKnownFunctions(book).decodeRawTransaction(raw));
            } catch (DecodingException e) {
                throw new PolicyInputException("custos.tx.raw: " + e.getMessage(), e);
            }
            payloadHash = sha256(raw);
        } else if (fields.get("custos.tx.safe").isPresent()) {
            Intent decoded = safeIntent(fields, book);
            intent = Optional.of(decoded);
            payloadHash = decoded.safeTxHash().orElseThrow().bytes();
        }
        String destination = fields.text("custos.tx.to", "").strip().toLowerCase(Locale.ROOT);
        if (destination.isEmpty() && intent.isPresent()) {
            destination = intent.get()
                    .call()
                    .target()
                    .map(address -> address.toString().toLowerCase(Locale.ROOT))
                    .orElse("");
        }
        double risk = fields.number("custos.risk.score", 0);
        if (risk > 100 || risk != Math.rint(risk)) {
            throw new PolicyInputException("custos.risk.score must be an integer from 0 to 100");
        }
        List<SignedApproval> signed = new ArrayList<>();
        List<String> unsigned = new ArrayList<>();
        approvals(fields, signed, unsigned);
        try {
            return new SigningRequest(
                    fields.requiredText("custos.request.id"),
                    timestamp,
                    fields.requiredText("custos.wallet.id"),
                    fields.text("custos.wallet.tier", ""),
                    fields.number("custos.wallet.balance_usd", 0),
                    fields.text("user.name", ""),
                    fields.text("custos.role", fields.text("custos.initiator.role", "")),
                    fields.text("custos.tx.chain", ""),
                    fields.text("custos.tx.asset", ""),
                    destination,
                    fields.number("custos.tx.amount_usd", 0),
                    intent,
                    payloadHash,
                    (int) risk,
                    texts(fields, "custos.risk.reasons"),
                    signed,
                    unsigned,
                    fields.get("custos.destination.allowlisted_at").isPresent()
                            ? Optional.of(instant(fields, "custos.destination.allowlisted_at"))
                            : Optional.empty());
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException("request: " + e.getMessage(), e);
        }
    }

    /**
     * A past request for the velocity tracker, from a {@code signing.request} or {@code chain.transfer_out} event:
     * {@code @timestamp}, {@code custos.wallet.id}, {@code user.name}, {@code custos.tx.to}, {@code custos.tx.amount_usd}.
     */
    public static PastRequest pastRequest(JsonNode event) {
        EventFields fields = new EventFields(event, OPAQUE);
        if (fields.get("@timestamp").isEmpty()) {
            throw new PolicyInputException("event has no @timestamp");
        }
        return new PastRequest(
                instant(fields, "@timestamp"),
                fields.requiredText("custos.wallet.id"),
                fields.text("user.name", ""),
                fields.text("custos.tx.to", "").strip().toLowerCase(Locale.ROOT),
                fields.number("custos.tx.amount_usd", 0));
    }

    /** The address book the decoder uses: allowlisted destinations and known contracts of the policy. */
    public static AddressBook addressBook(Policy policy) {
        List<AddressBookEntry> entries = new ArrayList<>();
        addEntries(entries, policy.destinations(), AddressKind.ALLOWLISTED);
        addEntries(entries, policy.knownContracts(), AddressKind.KNOWN_CONTRACT);
        return AddressBook.of(entries);
    }

    private static void addEntries(List<AddressBookEntry> entries, List<Destination> list, AddressKind kind) {
        for (Destination destination : list) {
            if (!destination.address().startsWith("0x")) {
                continue;
            }
            try {
                Address address = Address.fromHex(destination.address());
                if (entries.stream().noneMatch(entry -> entry.address().equals(address))) {
                    entries.add(new AddressBookEntry(address, destination.label(), kind));
                }
            } catch (DecodingException e) {
                throw new PolicyInputException("policy address " + destination.address() + ": " + e.getMessage(), e);
            }
        }
    }

    private static Intent safeIntent(EventFields fields, AddressBook book) {
        JsonNode node = fields.get("custos.tx.safe").orElseThrow();
        BigInteger chainId = BigInteger.valueOf((long) fields.number("custos.tx.chain_id", 1));
        try {
            SafeVersion version = SafeVersion.parse(fields.text("custos.tx.safe_version", "1.3.0"));
            List<SafeTransaction> transactions = SafeTransactionParser.parse(node);
            if (transactions.size() != 1) {
                throw new PolicyInputException("custos.tx.safe must hold exactly one Safe transaction");
            }
            return IntentDecoder.withWellKnownFunctions(book)
                    .decodeSafeTransaction(transactions.get(0), chainId, version);
        } catch (DecodingException e) {
            throw new PolicyInputException("custos.tx.safe: " + e.getMessage(), e);
        }
    }

    private static void approvals(EventFields fields, List<SignedApproval> signed, List<String> unsigned) {
        Optional<JsonNode> list = fields.get("custos.approvals");
        if (list.isEmpty()) {
            return;
        }
        if (!list.get().isArray()) {
            throw new PolicyInputException("custos.approvals must be an array");
        }
        int index = 0;
        for (JsonNode element : list.get()) {
            String where = "custos.approvals[" + index++ + "]";
            if (element.isTextual()) {
                unsigned.add(element.asText());
                continue;
            }
            if (!element.isObject()) {
                throw new PolicyInputException(where + " must be a name or an object");
            }
            JsonNode approver = element.get("approver");
            JsonNode version = element.get("policy_version");
            JsonNode expires = element.get("expires_at");
            JsonNode signature = element.get("signature");
            if (approver == null
                    || !approver.isTextual()
                    || version == null
                    || !version.canConvertToLong()
                    || expires == null
                    || !expires.isTextual()
                    || signature == null
                    || !signature.isTextual()) {
                throw new PolicyInputException(
                        where + " needs approver (string), policy_version (integer), expires_at (RFC 3339) and"
                                + " signature (hex)");
            }
            try {
                byte[] bytes = HexFormat.of().parseHex(strip0x(signature.asText()));
                signed.add(new SignedApproval(
                        approver.asText(), version.asLong(), Instant.parse(expires.asText()), bytes));
            } catch (DateTimeParseException e) {
                throw new PolicyInputException(where + ".expires_at is not RFC 3339: " + expires.asText(), e);
            } catch (IllegalArgumentException e) {
                throw new PolicyInputException(where + ": " + e.getMessage(), e);
            }
        }
    }

    private static List<String> texts(EventFields fields, String name) {
        Optional<JsonNode> node = fields.get(name);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!node.get().isArray()) {
            throw new PolicyInputException("request field '" + name + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        node.get().forEach(element -> out.add(element.asText()));
        return out;
    }

    private static Instant instant(EventFields fields, String name) {
        String text = fields.text(name, "");
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new PolicyInputException("request field '" + name + "' is not an RFC 3339 time: " + text, e);
        }
    }

    private static String strip0x(String text) {
        return text.startsWith("0x") ? text.substring(2) : text;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
