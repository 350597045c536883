package dev.custos.events;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Which addresses and domain names are an organisation's own (not on the internet). */
public final class NetworkAddresses {
    private static final List<String> INTERNAL_SUFFIXES =
            List.of(".local", ".internal", ".lan", ".corp", ".home.arpa", ".localhost");

    private NetworkAddresses() {}

    /**
     * True for IPv4 addresses in 10/8, 172.16/12, 192.168/16, 127/8, 169.254/16, 100.64/10 and 0/8, and IPv6
     * loopback, link-local (fe80::/10) and unique-local (fc00::/7) addresses. Text that is no IP address is not
     * internal.
     */
    public static boolean isInternal(String ip) {
        Objects.requireNonNull(ip, "ip is null");
        String address = ip.toLowerCase(Locale.ROOT);
        if (HostEventValues.isIpv4(address)) {
            String[] octets = address.split("\\.", -1);
            int first = Integer.parseInt(octets[0]);
            int second = Integer.parseInt(octets[1]);
            return first == 10
                    || first == 127
                    || first == 0
                    || (first == 172 && second >= 16 && second <= 31)
                    || (first == 192 && second == 168)
                    || (first == 169 && second == 254)
                    || (first == 100 && second >= 64 && second <= 127);
        }
        if (HostEventValues.isIpv6(address)) {
            return address.equals("::1")
                    || address.startsWith("fe8")
                    || address.startsWith("fe9")
                    || address.startsWith("fea")
                    || address.startsWith("feb")
                    || address.startsWith("fc")
                    || address.startsWith("fd");
        }
        return false;
    }

    /** True for a single-label name or one under an internal suffix ({@code .local}, {@code .internal}, ...). */
    public static boolean isInternalDomain(String domain) {
        Objects.requireNonNull(domain, "domain is null");
        String name = domain.toLowerCase(Locale.ROOT);
        if (!name.contains(".")) {
            return true;
        }
        for (String suffix : INTERNAL_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
