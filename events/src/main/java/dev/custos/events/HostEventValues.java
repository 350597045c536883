package dev.custos.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads the fields of host, network, e-mail and file events (docs/EVENTS.md) the way {@link EventValues} reads the
 * others: a present value that does not read is an {@link InvalidEventException} whose message starts with the field's
 * name.
 */
public final class HostEventValues {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{0,4}");
    private static final int MAX_DOMAIN = 253;

    private HostEventValues() {}

    /**
     * A whole number from 0 to {@code max}: a JSON integer or a string of decimal digits.
     *
     * @throws InvalidEventException when the value is not such a number
     */
    public static OptionalLong count(Map<String, JsonNode> fields, String name, long max) throws InvalidEventException {
        Optional<JsonNode> present = EventValues.node(fields, name);
        if (present.isEmpty()
                || (present.get().isTextual() && present.get().asText().isBlank())) {
            return OptionalLong.empty();
        }
        JsonNode node = present.get();
        long value;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            value = node.longValue();
        } else if (node.isTextual() && node.asText().strip().matches("[0-9]{1,18}")) {
            value = Long.parseLong(node.asText().strip());
        } else {
            throw new InvalidEventException(name, name + " must be a whole number from 0 to " + max);
        }
        if (value < 0 || value > max) {
            throw new InvalidEventException(name, name + " must be a whole number from 0 to " + max + ", not " + value);
        }
        return OptionalLong.of(value);
    }

    /**
     * A text field that ECS allows as a list (for example {@code email.from.address}): the text, or the first
     * non-blank element of a list of text.
     *
     * @throws InvalidEventException when the value is an object, or a list holding something other than text
     */
    public static Optional<String> firstText(Map<String, JsonNode> fields, String name) throws InvalidEventException {
        Optional<JsonNode> node = EventValues.node(fields, name);
        if (node.isEmpty() || !node.get().isArray()) {
            return EventValues.text(fields, name);
        }
        for (JsonNode element : node.get()) {
            if (!element.isValueNode() || element.isNull()) {
                throw new InvalidEventException(name, name + " must be text or a list of text");
            }
            String text = element.asText().strip();
            if (!text.isEmpty()) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /**
     * A domain name, lower-cased and without a trailing dot: labels of letters, digits, hyphens and underscores of at
     * most 63 characters, at most 253 characters in all.
     *
     * @throws InvalidEventException when the value is not such a name
     */
    public static Optional<String> domain(Map<String, JsonNode> fields, String name) throws InvalidEventException {
        Optional<String> text = EventValues.text(fields, name);
        if (text.isEmpty()) {
            return text;
        }
        return Optional.of(domainName(text.get(), name));
    }

    /** {@code text} as a domain name (see {@link #domain}); {@code name} is the field blamed. */
    static String domainName(String text, String name) throws InvalidEventException {
        String domain = text.toLowerCase(Locale.ROOT);
        if (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        if (domain.isEmpty() || domain.length() > MAX_DOMAIN) {
            throw new InvalidEventException(name, name + " must be a domain name of 1 to 253 characters");
        }
        for (String label : domain.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidEventException(
                        name, name + " is not a domain name: label '" + abbreviate(label) + "' is not allowed");
            }
        }
        return domain;
    }

    /**
     * An IPv4 address in dotted decimal or an IPv6 address in its text form, lower-cased.
     *
     * @throws InvalidEventException when the value is not an IP address
     */
    public static Optional<String> ip(Map<String, JsonNode> fields, String name) throws InvalidEventException {
        Optional<String> text = EventValues.text(fields, name);
        if (text.isEmpty()) {
            return text;
        }
        String ip = text.get().toLowerCase(Locale.ROOT);
        if (!isIpv4(ip) && !isIpv6(ip)) {
            throw new InvalidEventException(name, name + " is not an IP address: " + abbreviate(ip));
        }
        return Optional.of(ip);
    }

    /**
     * A SHA-256 digest: 64 hexadecimal digits, lower-cased.
     *
     * @throws InvalidEventException when the value is not one
     */
    public static Optional<String> sha256(Map<String, JsonNode> fields, String name) throws InvalidEventException {
        Optional<String> text = firstText(fields, name);
        if (text.isEmpty()) {
            return text;
        }
        if (!SHA256.matcher(text.get()).matches()) {
            throw new InvalidEventException(name, name + " must be 64 hexadecimal digits");
        }
        return Optional.of(text.get().toLowerCase(Locale.ROOT));
    }

    /** True for four dotted decimal octets of 0..255. */
    static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (!octet.matches("[0-9]{1,3}") || Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    /** True for the text form of an IPv6 address (groups of up to four hex digits, at most one {@code ::}). */
    static boolean isIpv6(String text) {
        if (!text.contains(":") || text.length() > 45) {
            return false;
        }
        String body = text;
        int zone = body.indexOf('%');
        if (zone >= 0) {
            body = body.substring(0, zone);
        }
        int compressions = body.split("::", -1).length - 1;
        if (compressions > 1) {
            return false;
        }
        String[] groups = body.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            if (i == groups.length - 1 && isIpv4(group)) {
                count += 2;
            } else if (HEX_GROUP.matcher(group).matches()) {
                count += group.isEmpty() ? 0 : 1;
            } else {
                return false;
            }
        }
        return compressions == 1 ? count < 8 : count == 8;
    }

    static String abbreviate(String text) {
        Objects.requireNonNull(text, "text is null");
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
