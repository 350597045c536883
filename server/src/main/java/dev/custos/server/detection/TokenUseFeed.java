package dev.custos.server.detection;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.server.access.Caller;
import dev.custos.server.api.CallObserver;
import dev.custos.server.api.ClientOrigin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API token use as evidence: the first call of each token from each source address within an hour runs through
 * detection as an {@code authentication} event ({@code custos.auth.method=api_key}, as the event contract names it), so a service credential used from
 * a network it never used is scored at its first call, like a person's login, and its alerts kept with the others.
 * Later calls of the same pair within the hour are not fed again (the baselines learn from distinct uses, and the
 * pipeline stays off the hot path of every call). The pairs seen are kept in a bounded map.
 */
public final class TokenUseFeed implements CallObserver {
    private static final Logger LOG = LoggerFactory.getLogger(TokenUseFeed.class);
    /** How long a (token, address) pair counts as seen. */
    static final Duration WINDOW = Duration.ofHours(1);
    /** The most pairs remembered; the oldest are forgotten first. */
    static final int MAX_PAIRS = 10_000;

    private final Function<ObjectNode, List<ObjectNode>> detection;
    private final AlertStore alerts;
    private final Clock clock;
    private final Map<String, Instant> seen = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_PAIRS;
        }
    };

    /** Feeds {@code detection} and keeps the alerts it raises in {@code alerts}. */
    public TokenUseFeed(VerdictIssuer detection, AlertStore alerts, Clock clock) {
        this(requireNonNull(detection, "detection is null")::observe, alerts, clock);
    }

    /** Feeds {@code detection} (which answers the alerts an event raised) and keeps them in {@code alerts}. */
    TokenUseFeed(Function<ObjectNode, List<ObjectNode>> detection, AlertStore alerts, Clock clock) {
        this.detection = requireNonNull(detection, "detection is null");
        this.alerts = requireNonNull(alerts, "alerts is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public void authenticated(Caller caller, ClientOrigin origin) {
        Instant now = clock.instant();
        if (!firstInWindow(caller.tokenHash() + "\n" + origin.ip(), now)) {
            return;
        }
        ObjectNode event = AuthenticationEvents.login(now, caller.name(), origin, "api_key", "");
        try {
            List<ObjectNode> raised = detection.apply(event);
            raised.forEach(alert -> alerts.add(alert, null));
        } catch (RuntimeException e) {
            LOG.warn("detection could not read the token use of {}: {}", caller.name(), e.getMessage());
        }
    }

    private synchronized boolean firstInWindow(String pair, Instant now) {
        Instant last = seen.get(pair);
        if (last != null && Duration.between(last, now).compareTo(WINDOW) < 0) {
            return false;
        }
        seen.put(pair, now);
        return true;
    }
}
