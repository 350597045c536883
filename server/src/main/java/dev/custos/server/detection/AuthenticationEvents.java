package dev.custos.server.detection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.api.ClientOrigin;
import dev.custos.server.api.StrictJson;
import java.time.Instant;

/** The successful {@code authentication} event (docs/EVENTS.md) the server feeds detection for a sign-in or token use. */
final class AuthenticationEvents {
    private AuthenticationEvents() {}

    /**
     * A login by {@code user} at {@code at} from {@code origin} with {@code method} (the contract's name:
     * {@code api_key}, {@code webauthn}, …) and the device it used, if known (empty: none).
     */
    static ObjectNode login(Instant at, String user, ClientOrigin origin, String method, String device) {
        ObjectNode event = StrictJson.mapper().createObjectNode();
        event.put("@timestamp", at.toString());
        event.put("event.category", "authentication");
        event.put("event.action", "login");
        event.put("event.outcome", "success");
        event.put("user.name", user);
        event.put("source.ip", origin.ip());
        origin.userAgent().ifPresent(agent -> event.put("user_agent.original", agent));
        if (!device.isEmpty()) {
            event.put("custos.device.id", device);
        }
        event.put("custos.auth.method", method);
        return event;
    }
}
