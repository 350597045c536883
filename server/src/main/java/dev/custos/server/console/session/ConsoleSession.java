package dev.custos.server.console.session;

import static java.util.Objects.requireNonNull;

import dev.custos.server.access.Caller;
import java.time.Instant;

/**
 * A signed-in console session as a page sees it: who (the same {@link Caller} the API would see for the credential
 * used to sign in, so pages enforce the API's roles), the CSRF token its forms carry, and when it started.
 *
 * @param sessionHash the SHA-256 (hex) of the session id: how the store knows the session, never the id itself
 * @param caller who signed in, with their roles
 * @param credential how they signed in ({@code api_token:HASH}, or another method's name and key id)
 * @param csrfToken the token every POST of this session must carry (derived from the session id, so it is not stored)
 * @param createdAt when it started
 */
public record ConsoleSession(
        String sessionHash, Caller caller, String credential, String csrfToken, Instant createdAt) {
    public ConsoleSession {
        requireNonNull(sessionHash, "sessionHash is null");
        requireNonNull(caller, "caller is null");
        requireNonNull(credential, "credential is null");
        requireNonNull(csrfToken, "csrfToken is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    @Override
    public String toString() {
        return "ConsoleSession[" + caller.name() + ", " + credential + ", since " + createdAt + "]";
    }
}
