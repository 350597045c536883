package dev.custos.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.types.EventFields;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A DNS question asked by a host ({@code event.category=network}, {@code event.action=dns.query}; docs/EVENTS.md,
 * "DNS query"), as a Zeek {@code dns} record or a resolver log gives it.
 *
 * @param host {@code host.name}, else {@code source.ip}
 * @param questionName {@code dns.question.name}, lower-cased, without a trailing dot
 * @param questionType {@code dns.question.type}, upper-cased ({@code A}, {@code TXT}, ...)
 */
public record DnsQueryEvent(String host, String questionName, Optional<String> questionType) {
    public DnsQueryEvent {
        Objects.requireNonNull(host, "host is null");
        Objects.requireNonNull(questionName, "questionName is null");
        Objects.requireNonNull(questionType, "questionType is null");
    }

    /**
     * Reads the fields of a flattened event; the caller decided it is a DNS query.
     *
     * @throws InvalidEventException naming a field that is present but does not read, or a required one that is
     *     missing
     */
    public static DnsQueryEvent read(Map<String, JsonNode> fields) throws InvalidEventException {
        Objects.requireNonNull(fields, "fields is null");
        Optional<String> sourceIp = HostEventValues.ip(fields, EventFields.SOURCE_IP);
        Optional<String> host = EventValues.text(fields, EventFields.HOST_NAME).or(() -> sourceIp);
        if (host.isEmpty()) {
            throw new InvalidEventException(EventFields.HOST_NAME, "host.name is missing (and so is source.ip)");
        }
        Optional<String> name = HostEventValues.domain(fields, EventFields.DNS_QUESTION_NAME);
        if (name.isEmpty()) {
            throw new InvalidEventException(EventFields.DNS_QUESTION_NAME, "dns.question.name is missing");
        }
        return new DnsQueryEvent(
                host.get(),
                name.get(),
                EventValues.text(fields, EventFields.DNS_QUESTION_TYPE).map(text -> text.toUpperCase(Locale.ROOT)));
    }
}
