package dev.custos.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.types.EventFields;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A message delivered to a person ({@code event.category=email}; docs/EVENTS.md, "E-mail"), as a mail gateway or a
 * messaging connector exports it.
 *
 * @param recipient {@code user.name}, else {@code email.to.address}: who received it
 * @param senderAddress {@code email.from.address} (the first, when ECS gives a list), lower-cased
 * @param senderDomain the part of the sender address after the {@code @}: derived, never taken from the event
 * @param attachmentName {@code email.attachments.file.name}
 * @param attachmentSha256 {@code email.attachments.file.hash.sha256}
 * @param urlDomain {@code url.domain}: a link in the message
 */
public record EmailEvent(
        String recipient,
        String senderAddress,
        String senderDomain,
        Optional<String> attachmentName,
        Optional<String> attachmentSha256,
        Optional<String> urlDomain) {
    public EmailEvent {
        Objects.requireNonNull(recipient, "recipient is null");
        Objects.requireNonNull(senderAddress, "senderAddress is null");
        Objects.requireNonNull(senderDomain, "senderDomain is null");
        Objects.requireNonNull(attachmentName, "attachmentName is null");
        Objects.requireNonNull(attachmentSha256, "attachmentSha256 is null");
        Objects.requireNonNull(urlDomain, "urlDomain is null");
    }

    /**
     * Reads the fields of a flattened event; the caller decided it is an e-mail.
     *
     * @throws InvalidEventException naming a field that is present but does not read, or a required one that is
     *     missing
     */
    public static EmailEvent read(Map<String, JsonNode> fields) throws InvalidEventException {
        Objects.requireNonNull(fields, "fields is null");
        Optional<String> to = HostEventValues.firstText(fields, EventFields.EMAIL_TO_ADDRESS);
        Optional<String> recipient =
                EventValues.text(fields, EventFields.USER_NAME).or(() -> to);
        if (recipient.isEmpty()) {
            throw new InvalidEventException(EventFields.USER_NAME, "user.name is missing (and so is email.to.address)");
        }
        Optional<String> from = HostEventValues.firstText(fields, EventFields.EMAIL_FROM_ADDRESS);
        if (from.isEmpty()) {
            throw new InvalidEventException(EventFields.EMAIL_FROM_ADDRESS, "email.from.address is missing");
        }
        String address = from.get().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            throw new InvalidEventException(
                    EventFields.EMAIL_FROM_ADDRESS,
                    "email.from.address must be local@domain, not " + HostEventValues.abbreviate(address));
        }
        String domain = HostEventValues.domainName(address.substring(at + 1), EventFields.EMAIL_FROM_ADDRESS);
        return new EmailEvent(
                recipient.get(),
                address,
                domain,
                HostEventValues.firstText(fields, EventFields.EMAIL_ATTACHMENT_NAME),
                HostEventValues.sha256(fields, EventFields.EMAIL_ATTACHMENT_SHA256),
                HostEventValues.domain(fields, EventFields.URL_DOMAIN));
    }
}
