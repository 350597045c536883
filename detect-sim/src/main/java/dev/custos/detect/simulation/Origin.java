package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where a request comes from: network, place, device and client.
 *
 * @param ip source address
 * @param place the place the network is in
 * @param asn the network's autonomous system number
 * @param device {@code custos.device.id}
 * @param userAgent {@code user_agent.original}
 */
public record Origin(String ip, Place place, long asn, String device, String userAgent) {
    public Origin {
        requireNonNull(ip, "ip is null");
        requireNonNull(place, "place is null");
        requireNonNull(device, "device is null");
        requireNonNull(userAgent, "userAgent is null");
        if (asn < 1) {
            throw new IllegalArgumentException("asn must be positive: " + asn);
        }
    }

    /** A person at home on their own device. */
    public static Origin home(Person person) {
        return new Origin(person.homeIp(), person.home(), person.home().asn(), person.device(), person.userAgent());
    }

    /** The same origin on another device. */
    public Origin withDevice(String otherDevice) {
        return new Origin(ip, place, asn, otherDevice, userAgent);
    }

    /** The caller's network and client only (no device), as an API request records them. */
    void writeNetworkTo(ObjectNode node) {
        node.put("source.ip", ip);
        node.put("source.geo.country_iso_code", place.country());
        node.put("source.as.number", asn);
        node.put("user_agent.original", userAgent);
    }

    void writeTo(ObjectNode node) {
        node.put("source.ip", ip);
        node.put("source.geo.country_iso_code", place.country());
        node.put("source.geo.location.lat", place.latitude());
        node.put("source.geo.location.lon", place.longitude());
        node.put("source.as.number", asn);
        node.put("custos.device.id", device);
        node.put("user_agent.original", userAgent);
    }
}
