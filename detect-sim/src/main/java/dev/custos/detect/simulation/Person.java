package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

/**
 * A member of the simulated organisation.
 *
 * @param name user name
 * @param role what they do
 * @param home where they live and work
 * @param device their enrolled device id
 * @param userAgent their browser or client
 * @param laptop their laptop's host name
 * @param authMethod how they usually log in (sso, webauthn, ...)
 * @param ipSuffix last octets that make their home address distinct
 */
public record Person(
        String name,
        Role role,
        Place home,
        String device,
        String userAgent,
        String laptop,
        String authMethod,
        int ipSuffix) {
    public Person {
        requireNonNull(name, "name is null");
        requireNonNull(role, "role is null");
        requireNonNull(home, "home is null");
        requireNonNull(device, "device is null");
        requireNonNull(userAgent, "userAgent is null");
        requireNonNull(laptop, "laptop is null");
        requireNonNull(authMethod, "authMethod is null");
        if (ipSuffix < 0 || ipSuffix > 65_535) {
            throw new IllegalArgumentException("ipSuffix out of range: " + ipSuffix);
        }
    }

    /** The person's home IP address (documentation-style, derived from the place's network). */
    public String homeIp() {
        return "10." + (home.asn() % 250) + "." + (ipSuffix >> 8) + "." + (ipSuffix & 0xff);
    }
}
