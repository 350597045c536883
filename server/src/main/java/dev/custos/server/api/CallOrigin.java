package dev.custos.server.api;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.Caller;
import java.util.Optional;

/**
 * Where an API call came from, as the server saw it, for detection and the audit trail (never for a decision): the
 * client's address, its User-Agent, the credential that made it (an API token by a short prefix of its hash, a
 * passkey by its credential id) and how it authenticated.
 *
 * @param sourceIp the client's address, or empty when the call did not come over the network
 * @param userAgent the User-Agent header (at most {@value ClientOrigin#MAX_USER_AGENT} characters), or empty
 * @param device the credential used: {@code token:} and 16 hex digits of the token's hash, or a passkey's credential
 *     id; empty when not known
 * @param authMethod {@code api_key} (an API token), {@code webauthn}, or empty (docs/EVENTS.md vocabulary)
 */
public record CallOrigin(String sourceIp, String userAgent, String device, String authMethod) {
    /** A call that did not come over the network with a known origin (a test, an in-process call). */
    public static final CallOrigin UNKNOWN = new CallOrigin("", "", "", "");

    public CallOrigin {
        requireNonNull(sourceIp, "sourceIp is null");
        requireNonNull(userAgent, "userAgent is null");
        requireNonNull(device, "device is null");
        requireNonNull(authMethod, "authMethod is null");
        userAgent = ClientOrigin.bounded(Optional.of(userAgent)).orElse("");
    }

    /**
     * The origin of {@code call}: the address and User-Agent the server saw, and the API token that made it (a console
     * session or a passkey names no token; a passkey approval adds its credential with {@link #withDevice}).
     */
    public static CallOrigin of(Call call) {
        String device = call.caller().map(CallOrigin::tokenDevice).orElse("");
        return new CallOrigin(
                call.origin().map(ClientOrigin::ip).orElse(""),
                call.origin().flatMap(ClientOrigin::userAgent).orElse(""),
                device,
                device.isEmpty() ? "" : "api_key");
    }

    /** The device name of a caller's token: {@code token:} and the first 16 hex digits of its hash. */
    public static String tokenDevice(Caller caller) {
        String hash = caller.tokenHash();
        return hash.matches("[0-9a-f]{16,}") ? "token:" + hash.substring(0, 16) : "";
    }

    /** The same origin with {@code device} as the credential (a passkey assertion names its own). */
    public CallOrigin withDevice(String credential, String method) {
        return new CallOrigin(sourceIp, userAgent, credential, method);
    }
}
