package dev.custos.detect.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A session cookie presented from a network (ASN, or country when the ASN is unknown) other than the one the user's
 * session was opened from: the stolen-cookie pattern (DMM/Ginco). The session's origin is the network of the
 * session's own interactive login when {@code custos.session.id} is given, else the user's last interactive login.
 */
public final class SessionReuseDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "session_reuse_new_network";
    private static final int MAX_SESSIONS = 100_000;

    private final EntityTable<String, Network> lastInteractive;
    private final EntityTable<String, Network> sessionOrigins;

    /** Default entity limits. */
    public SessionReuseDetector() {
        this(EntityLimits.DEFAULT);
    }

    /** Users as {@code limits} says; sessions too, but never more than {@value #MAX_SESSIONS}. */
    public SessionReuseDetector(EntityLimits limits) {
        this.lastInteractive = new EntityTable<>(NAME + ".users", limits);
        this.sessionOrigins = new EntityTable<>(
                NAME + ".sessions", limits.withMaxEntities(Math.min(limits.maxEntities(), MAX_SESSIONS)));
    }

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
        Instant now = event.timestamp();
        if (!cookie) {
            lastInteractive.put(user.get(), now, network.get());
            if (session.isPresent()) {
                sessionOrigins.put(session.get(), now, network.get());
            }
            return List.of();
        }
        sessionOrigins.advance(now);
        lastInteractive.advance(now);
        Network origin = session.map(sessionOrigins::peek).orElse(null);
        String originKind = "the session's login";
        if (origin == null) {
            origin = lastInteractive.peek(user.get());
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
    public List<EntityTableUsage> entityUsage() {
        return List.of(lastInteractive.usage(), sessionOrigins.usage());
    }

    /**
     * Each table as an object whose keys (users, session ids) are in the order they were last seen, least recent
     * first, with the table's clock and counts under {@code <name>_table}.
     */
    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        lastInteractive.writeState(node.putObject("last_interactive_table"));
        node.set("last_interactive", networks(lastInteractive));
        sessionOrigins.writeState(node.putObject("sessions_table"));
        node.set("sessions", networks(sessionOrigins));
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, Network> interactive =
                restorer(lastInteractive, state, "last_interactive_table", "last_interactive");
        EntityTable.Restorer<String, Network> sessions = restorer(sessionOrigins, state, "sessions_table", "sessions");
        interactive.finish();
        sessions.finish();
    }

    private static ObjectNode networks(EntityTable<String, Network> networks) {
        ObjectNode node = StateJson.object();
        networks.forEach((key, network, lastSeen) -> {
            ObjectNode entry = node.putObject(key);
            entry.put("asn", network.asn());
            entry.put("country", network.country());
            EntityTable.writeLastSeen(entry, lastSeen);
        });
        return node;
    }

    private static EntityTable.Restorer<String, Network> restorer(
            EntityTable<String, Network> table, JsonNode state, String tableField, String entriesField) {
        JsonNode tableState = state.has(tableField) ? StateJson.object(state, tableField) : StateJson.object();
        EntityTable.Restorer<String, Network> restorer = table.restorer(tableState);
        for (Map.Entry<String, JsonNode> entry :
                StateJson.object(state, entriesField).properties()) {
            String asn = StateJson.optionalText(entry.getValue(), "asn");
            String country = StateJson.optionalText(entry.getValue(), "country");
            if (asn == null && country == null) {
                throw new InvalidStateException("network without ASN or country");
            }
            restorer.add(entry.getKey(), new Network(asn, country), entry.getValue());
        }
        return restorer;
    }
}
