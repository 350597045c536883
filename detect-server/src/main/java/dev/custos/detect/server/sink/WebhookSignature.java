package dev.custos.detect.server.sink;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.server.security.SharedSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code X-Custos-Signature} header of a webhook delivery: {@code t=<unix seconds>,v1=<hex HMAC-SHA256(secret,
 * t + "." + body)>}. Receivers call {@link #verify} with the raw body bytes before parsing them.
 */
public final class WebhookSignature {
    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Custos-Signature";
    /** The header carrying the delivery id (a UUID, the same on every retry of one alert). */
    public static final String DELIVERY_HEADER = "X-Custos-Delivery";
    /** How far a signature's timestamp may be from the receiver's clock. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private static final HexFormat HEX = HexFormat.of();
    private static final int MAX_HEADER_LENGTH = 1024;

    private WebhookSignature() {}

    /** The header value for a body sent at {@code unixSeconds}. */
    public static String sign(SharedSecret secret, long unixSeconds, byte[] body) {
        requireNonNull(secret, "secret is null");
        requireNonNull(body, "body is null");
        if (unixSeconds < 0) {
            throw new IllegalArgumentException("unixSeconds is negative: " + unixSeconds);
        }
        return "t=" + unixSeconds + ",v1=" + HEX.formatHex(mac(secret, unixSeconds, body));
    }

    /** {@link #verify(SharedSecret, String, byte[], Instant, Duration)} with the 5-minute tolerance. */
    public static void verify(SharedSecret secret, String header, byte[] body, Instant now)
            throws InvalidSignatureException {
        verify(secret, header, body, now, DEFAULT_TOLERANCE);
    }

    /**
     * Checks a signature header against the raw body: one {@code t}, at least one {@code v1} (any may match, for
     * secret rotation), and a timestamp within {@code tolerance} of {@code now} either way (stale or replayed
     * deliveries are refused).
     *
     * @throws InvalidSignatureException when the header is malformed, stale or matches no signature
     */
    public static void verify(SharedSecret secret, String header, byte[] body, Instant now, Duration tolerance)
            throws InvalidSignatureException {
        requireNonNull(secret, "secret is null");
        requireNonNull(body, "body is null");
        requireNonNull(now, "now is null");
        requireNonNull(tolerance, "tolerance is null");
        if (header == null || header.isBlank()) {
            throw new InvalidSignatureException("missing " + SIGNATURE_HEADER + " header");
        }
        if (header.length() > MAX_HEADER_LENGTH) {
            throw new InvalidSignatureException(SIGNATURE_HEADER + " header is too long");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",", -1)) {
            int equals = part.indexOf('=');
            if (equals < 1) {
                throw new InvalidSignatureException("malformed " + SIGNATURE_HEADER + " element: " + part.strip());
            }
            String key = part.substring(0, equals).strip();
            String value = part.substring(equals + 1).strip();
            switch (key) {
                case "t" -> {
                    if (timestamp != null || !value.matches("[0-9]{1,12}")) {
                        throw new InvalidSignatureException("malformed or repeated timestamp t in " + SIGNATURE_HEADER);
                    }
                    timestamp = Long.parseLong(value);
                }
                case "v1" -> {
                    if (!value.matches("[0-9a-fA-F]{64}")) {
                        throw new InvalidSignatureException("v1 is not 64 hex digits");
                    }
                    signatures.add(HEX.parseHex(value.toLowerCase(java.util.Locale.ROOT)));
                }
                default -> {
                    // Other schemes are ignored, so that senders can add newer ones.
                }
            }
        }
        if (timestamp == null) {
            throw new InvalidSignatureException("no timestamp t in " + SIGNATURE_HEADER);
        }
        if (signatures.isEmpty()) {
            throw new InvalidSignatureException("no v1 signature in " + SIGNATURE_HEADER);
        }
        long age = now.getEpochSecond() - timestamp;
        if (Math.abs(age) > tolerance.toSeconds()) {
            throw new InvalidSignatureException(
                    "timestamp is " + age + " s from now, outside the tolerance of " + tolerance.toSeconds() + " s");
        }
        byte[] expected = mac(secret, timestamp, body);
        boolean matched = false;
        for (byte[] signature : signatures) {
            matched |= MessageDigest.isEqual(expected, signature);
        }
        if (!matched) {
            throw new InvalidSignatureException("signature does not match the body");
        }
    }

    private static byte[] mac(SharedSecret secret, long unixSeconds, byte[] body) {
        byte[] prefix = (unixSeconds + ".").getBytes(StandardCharsets.US_ASCII);
        byte[] message = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, message, 0, prefix.length);
        System.arraycopy(body, 0, message, prefix.length, body.length);
        return secret.hmacSha256(message);
    }
}
