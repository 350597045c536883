package dev.custos.server.detection;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.ClientOrigin;
import dev.custos.server.audit.AuditTrail;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Console sign-ins as evidence: each one is recorded in the audit log ({@code console.signed_in}, with the method,
 * the source address and the device) and run through detection as an {@code authentication} event (docs/EVENTS.md),
 * so that a person signing in from a network or device they never used is scored like any other login, and its alerts
 * are kept with the others.
 */
public final class SignInFeed {
    private static final Logger LOG = LoggerFactory.getLogger(SignInFeed.class);

    private final VerdictIssuer detection;
    private final AlertStore alerts;
    private final AuditTrail audit;
    private final Clock clock;

    public SignInFeed(VerdictIssuer detection, AlertStore alerts, AuditTrail audit, Clock clock) {
        this.detection = requireNonNull(detection, "detection is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Records a successful sign-in.
     *
     * @param person who signed in
     * @param method {@code webauthn} or {@code api_token}
     * @param sourceIp the client's address as the server saw it
     * @param userAgent the browser's User-Agent header, or null (kept to its first {@value ClientOrigin#MAX_USER_AGENT} characters)
     * @param device the passkey's credential id, or empty
     */
    public void signedIn(String person, String method, String sourceIp, String userAgent, String device) {
        audit.record(
                person, "console.signed_in", person, Map.of("method", method, "source_ip", sourceIp, "device", device));
        ObjectNode event = AuthenticationEvents.login(
                clock.instant(),
                person,
                new ClientOrigin(sourceIp, Optional.ofNullable(userAgent)),
                method.equals("api_token") ? "api_key" : method, // the contract's name
                device);
        try {
            List<ObjectNode> raised = detection.observe(event);
            raised.forEach(alert -> alerts.add(alert, null));
        } catch (IllegalArgumentException e) {
            LOG.warn("detection could not read the sign-in of {}: {}", person, e.getMessage());
        }
    }
}
