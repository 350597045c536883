package dev.custos.detect.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.event.EventFields;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A session cookie presented from a network (ASN, or country when the ASN is unknown) other than the one the user's
 * session was opened from: the stolen-cookie pattern (DMM/Ginco). The session's origin is the network of the
 * session's own interactive login when {@code custos.session.id} is given, else the user's last interactive login.
 */
public final class SessionReuseDetector implements Detector, Checkpointable {
    public static final String NAME = "session_reuse_new_network";
    private static final int MAX_SESSIONS = 100_000;

    private final Map<String, Network> lastInteractive = new HashMap<>();
    private final Map<String, Network> sessionOrigins = new HashMap<>();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (!event.is(EventFields.CATEGORY_AUTHENTICATION, EventFields.ACTION_LOGIN) || !event.succeeded()) {
            return List.of();
        }
        Optional<String> user = event.userName();
        Optional<Network> network = Network.of(event);
        if (user.isEmpty() || network.isEmpty()) {
            return List.of();
        }
        Optional<String> session = event.text(EventFields.SESSION_ID);
        boolean cookie = event.text(EventFields.AUTH_METHOD)
                .map("session_cookie"::equals)
                .orElse(false);
        if (!cookie) {
            lastInteractive.put(user.get(), network.get());
            if (session.isPresent() && sessionOrigins.size() < MAX_SESSIONS) {
                sessionOrigins.put(session.get(), network.get());
            }
            return List.of();
        }
        Network origin = session.map(sessionOrigins::get).orElse(null);
        String originKind = "the session's login";
        if (origin == null) {
            origin = lastInteractive.get(user.get());
            originKind = "the last interactive login";
        }
        if (origin == null || origin.sameAs(network.get())) {
            return List.of();
        }
        boolean countryChanged = origin.country() != null
                && network.get().country() != null
                && !origin.country().equals(network.get().country());
        List<FeatureEvidence> evidence = new ArrayList<>();
        evidence.add(new FeatureEvidence("network", network.get().describe(), "opened from " + origin.describe()));
        String summary = String.format(
                Locale.ROOT,
                "session cookie of %s reused from %s, not the network of %s (%s)",
                user.get(),
                network.get().describe(),
                originKind,
                origin.describe());
        return List.of(new Finding(
                NAME,
                KillChainStage.INITIAL_ACCESS,
                countryChanged ? 55 : 40,
                List.of(EntityRef.user(user.get())),
                event.timestamp(),
                event.reference(),
                summary,
                evidence,
                FindingSeverity.NORMAL));
    }

    private record Network(String asn, String country) {
        static Optional<Network> of(Event event) {
            String asn = event.text(EventFields.SOURCE_ASN).orElse(null);
            String country = event.text(EventFields.SOURCE_COUNTRY).orElse(null);
            return asn == null && country == null ? Optional.empty() : Optional.of(new Network(asn, country));
        }

        boolean sameAs(Network other) {
            if (asn != null && other.asn != null) {
                return asn.equals(other.asn);
            }
            return country != null && country.equals(other.country);
        }

        String describe() {
            return (asn == null ? "AS?" : "AS" + asn) + "/" + (country == null ? "?" : country);
        }
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        node.set("last_interactive", networks(lastInteractive));
        node.set("sessions", networks(sessionOrigins));
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        Map<String, Network> interactive = networks(StateJson.object(state, "last_interactive"));
        Map<String, Network> sessions = networks(StateJson.object(state, "sessions"));
        if (sessions.size() > MAX_SESSIONS) {
            throw new InvalidStateException("too many sessions");
        }
        lastInteractive.clear();
        lastInteractive.putAll(interactive);
        sessionOrigins.clear();
        sessionOrigins.putAll(sessions);
    }

    private static ObjectNode networks(Map<String, Network> networks) {
        ObjectNode node = StateJson.object();
        for (String key : new TreeSet<>(networks.keySet())) {
            Network network = networks.get(key);
            ObjectNode entry = node.putObject(key);
            entry.put("asn", network.asn());
            entry.put("country", network.country());
        }
        return node;
    }

    private static Map<String, Network> networks(JsonNode node) {
        Map<String, Network> networks = new HashMap<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String asn = StateJson.optionalText(entry.getValue(), "asn");
            String country = StateJson.optionalText(entry.getValue(), "country");
            if (asn == null && country == null) {
                throw new InvalidStateException("network without ASN or country");
            }
            networks.put(entry.getKey(), new Network(asn, country));
        }
        return networks;
    }
}
