package dev.custos.policy.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.AddressBookEntry;
import dev.custos.chain.intent.AddressKind;
import dev.custos.events.SigningRequestEvent;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.model.Destination;
import dev.custos.policy.model.Policy;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.types.EventFields;
import dev.custos.types.UsdAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code signing.request} event (docs/EVENTS.md) and decodes its payload ({@code custos.tx.raw} hex or
 * {@code custos.tx.safe} object) with the policy's destinations and known contracts as the address book. The fields
 * every reader of a signing request shares are read by {@link SigningRequestEvent}.
 */
public final class RequestParser {
    private static final BigDecimal MAX_RISK = BigDecimal.valueOf(100);

    private RequestParser() {}

    public static SigningRequest parse(JsonNode event, Policy policy, Instant now) {
        RequestFields fields = new RequestFields(event);
        String action = fields.text(EventFields.EVENT_ACTION).orElse("");
        if (!action.equals(EventFields.ACTION_SIGNING_REQUEST)) {
            throw new PolicyInputException("request event.action must be 'signing.request', got '" + action + "'");
        }
        SigningRequestEvent common = fields.signingRequest();
        Instant timestamp = fields.instant(EventFields.TIMESTAMP).orElse(now);
        Payload payload = Payload.of(fields, addressBook(policy));
        // the caller's claim, shown and compared, never enforced: the evaluator derives recipients from the payload
        String destination = Destination.canonical(common.destination().orElse(""));
        int risk = riskScore(fields);
        List<SignedApproval> signed = new ArrayList<>();
        List<String> unsigned = new ArrayList<>();
        approvals(fields, signed, unsigned);
        try {
            return new SigningRequest(
                    common.requestId().orElseThrow(() -> RequestFields.missing(EventFields.REQUEST_ID)),
                    timestamp,
                    common.walletId().orElseThrow(() -> RequestFields.missing(EventFields.WALLET_ID)),
                    common.walletTier(),
                    common.walletBalanceUsd().orElse(UsdAmount.ZERO),
                    common.initiator().orElse(""),
                    common.role().orElse(""),
                    common.chain().orElse(""),
                    common.asset().orElse(""),
                    destination,
                    common.amountUsd().orElse(UsdAmount.ZERO),
                    payload.intent(),
                    risk,
                    fields.texts(EventFields.RISK_REASONS),
                    signed,
                    unsigned,
                    fields.instant(EventFields.DESTINATION_ALLOWLISTED_AT),
                    payload.typed());
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException("request: " + e.getMessage(), e);
        }
    }

    /**
     * A past request for the velocity tracker, from a {@code signing.request} or {@code chain.transfer_out} event:
     * {@code @timestamp}, {@code custos.wallet.id}, {@code user.name}, {@code custos.tx.to}, {@code custos.tx.amount_usd}.
     */
    public static PastRequest pastRequest(JsonNode event) {
        RequestFields fields = new RequestFields(event);
        Instant timestamp = fields.instant(EventFields.TIMESTAMP)
                .orElseThrow(() -> new PolicyInputException("event has no @timestamp"));
        return new PastRequest(
                timestamp,
                fields.text(EventFields.WALLET_ID).orElseThrow(() -> RequestFields.missing(EventFields.WALLET_ID)),
                fields.text(EventFields.USER_NAME).orElse(""),
                fields.text(EventFields.TX_TO).orElse("").toLowerCase(Locale.ROOT),
                fields.usd(EventFields.TX_AMOUNT_USD).orElse(UsdAmount.ZERO));
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

    private static void approvals(RequestFields fields, List<SignedApproval> signed, List<String> unsigned) {
        Optional<JsonNode> list = fields.get(EventFields.APPROVALS);
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
            signed.add(ApprovalJson.read(element, where));
        }
    }

    private static int riskScore(RequestFields fields) {
        BigDecimal risk = fields.decimal(EventFields.RISK_SCORE).orElse(BigDecimal.ZERO);
        if (risk.compareTo(MAX_RISK) > 0 || risk.stripTrailingZeros().scale() > 0) {
            throw new PolicyInputException(EventFields.RISK_SCORE + " must be an integer from 0 to 100");
        }
        return risk.intValueExact();
    }
}
