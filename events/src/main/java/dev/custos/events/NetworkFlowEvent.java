package dev.custos.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.types.EventFields;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A network connection ({@code event.category=network}, {@code event.action=flow}; docs/EVENTS.md, "Network flow"), as
 * a Zeek {@code conn} record or a firewall log exported to Elastic gives it.
 *
 * @param host {@code host.name}, else {@code source.ip}: the machine that opened the connection
 * @param destinationIp {@code destination.ip}
 * @param destinationDomain {@code destination.domain}, lower-cased
 * @param port {@code destination.port}
 * @param transport {@code network.transport}, lower-cased ({@code tcp}, {@code udp}, ...)
 * @param bytesOut {@code source.bytes}: what the host sent
 * @param bytesIn {@code destination.bytes}: what the destination sent back
 * @param durationNanos {@code event.duration}, in nanoseconds as ECS gives it
 */
public record NetworkFlowEvent(
        String host,
        Optional<String> destinationIp,
        Optional<String> destinationDomain,
        OptionalLong port,
        Optional<String> transport,
        OptionalLong bytesOut,
        OptionalLong bytesIn,
        OptionalLong durationNanos) {
    private static final long MAX_BYTES = 1L << 50;
    private static final long MAX_DURATION_NANOS = 366L * 24 * 3_600 * 1_000_000_000L;

    public NetworkFlowEvent {
        Objects.requireNonNull(host, "host is null");
        Objects.requireNonNull(destinationIp, "destinationIp is null");
        Objects.requireNonNull(destinationDomain, "destinationDomain is null");
        Objects.requireNonNull(port, "port is null");
        Objects.requireNonNull(transport, "transport is null");
        Objects.requireNonNull(bytesOut, "bytesOut is null");
        Objects.requireNonNull(bytesIn, "bytesIn is null");
        Objects.requireNonNull(durationNanos, "durationNanos is null");
        if (destinationIp.isEmpty() && destinationDomain.isEmpty()) {
            throw new IllegalArgumentException("a flow needs a destination address or domain");
        }
    }

    /**
     * Reads the fields of a flattened event; the caller decided it is a flow.
     *
     * @throws InvalidEventException naming a field that is present but does not read, or a required one that is
     *     missing
     */
    public static NetworkFlowEvent read(Map<String, JsonNode> fields) throws InvalidEventException {
        Objects.requireNonNull(fields, "fields is null");
        Optional<String> sourceIp = HostEventValues.ip(fields, EventFields.SOURCE_IP);
        Optional<String> host = EventValues.text(fields, EventFields.HOST_NAME).or(() -> sourceIp);
        if (host.isEmpty()) {
            throw new InvalidEventException(EventFields.HOST_NAME, "host.name is missing (and so is source.ip)");
        }
        Optional<String> ip = HostEventValues.ip(fields, EventFields.DESTINATION_IP);
        Optional<String> domain = HostEventValues.domain(fields, EventFields.DESTINATION_DOMAIN);
        if (ip.isEmpty() && domain.isEmpty()) {
            throw new InvalidEventException(
                    EventFields.DESTINATION_IP, "destination.ip is missing (and so is destination.domain)");
        }
        return new NetworkFlowEvent(
                host.get(),
                ip,
                domain,
                HostEventValues.count(fields, EventFields.DESTINATION_PORT, 65_535),
                EventValues.text(fields, EventFields.NETWORK_TRANSPORT).map(text -> text.toLowerCase(Locale.ROOT)),
                HostEventValues.count(fields, EventFields.SOURCE_BYTES, MAX_BYTES),
                HostEventValues.count(fields, EventFields.DESTINATION_BYTES, MAX_BYTES),
                HostEventValues.count(fields, EventFields.EVENT_DURATION, MAX_DURATION_NANOS));
    }

    /** The destination as the detectors key it: the domain when known, else the address. */
    public String destination() {
        return destinationDomain.or(() -> destinationIp).orElseThrow();
    }

    /**
     * True unless the destination is an address of a private, loopback, link-local, shared (100.64/10) or unique-local
     * range, or a domain under {@code .local}, {@code .internal}, {@code .lan}, {@code .corp} or {@code .home.arpa}.
     */
    public boolean external() {
        if (destinationIp.isPresent()) {
            return !NetworkAddresses.isInternal(destinationIp.get());
        }
        return !NetworkAddresses.isInternalDomain(destinationDomain.orElseThrow());
    }
}
