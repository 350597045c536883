package dev.custos.detect.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Two successful logins by one user from places farther apart than a plane could fly in the time between them
 * (speed above {@value #MAX_SPEED_KMH} km/h over more than {@value #MIN_DISTANCE_KM} km).
 */
public final class ImpossibleTravelDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "impossible_travel";
    static final double MAX_SPEED_KMH = 1000;
    static final double MIN_DISTANCE_KM = 500;

    private final EntityTable<String, LastLogin> lastLogins;

    /** Default entity limits. */
    public ImpossibleTravelDetector() {
        this(EntityLimits.DEFAULT);
    }

    public ImpossibleTravelDetector(EntityLimits limits) {
        this.lastLogins = new EntityTable<>(NAME, limits);
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
        Optional<GeoPoint> point = GeoPoint.of(event);
        if (user.isEmpty() || point.isEmpty()) {
            return List.of();
        }
        String country = event.text(EventFields.SOURCE_COUNTRY).orElse("?");
        lastLogins.advance(event.timestamp());
        LastLogin previous = lastLogins.peek(user.get());
        lastLogins.put(user.get(), event.timestamp(), new LastLogin(event.timestamp(), point.get(), country));
        if (previous == null || event.timestamp().isBefore(previous.time())) {
            return List.of();
        }
        double distance = previous.point().distanceKm(point.get());
        if (distance <= MIN_DISTANCE_KM) {
            return List.of();
        }
        double hours =
                Math.max(Duration.between(previous.time(), event.timestamp()).toSeconds(), 1) / 3600.0;
        double speed = distance / hours;
        if (speed <= MAX_SPEED_KMH) {
            return List.of();
        }
        int score = speed > 5 * MAX_SPEED_KMH ? 60 : 45;
        String summary = String.format(
                Locale.ROOT,
                "login by %s from %s %.0f km from the previous login in %s %.1f h earlier",
                user.get(),
                country,
                distance,
                previous.country(),
                hours);
        List<FeatureEvidence> evidence = List.of(
                new FeatureEvidence(
                        "travel_speed_kmh",
                        String.format(Locale.ROOT, "%.0f", speed),
                        "at most " + (int) MAX_SPEED_KMH + " km/h is possible"),
                new FeatureEvidence(
                        "distance_km",
                        String.format(Locale.ROOT, "%.0f", distance),
                        "previous login from " + previous.country() + " at " + previous.time()));
        return List.of(new Finding(
                NAME,
                KillChainStage.INITIAL_ACCESS,
                score,
                List.of(EntityRef.user(user.get())),
                event.timestamp(),
                event.reference(),
                summary,
                evidence,
                FindingSeverity.NORMAL));
    }

    private record LastLogin(Instant time, GeoPoint point, String country) {}

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(lastLogins.usage());
    }

    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        lastLogins.writeState(node);
        ArrayNode users = node.putArray("users");
        lastLogins.forEach((user, login, lastSeen) -> {
            ObjectNode entry = users.addObject();
            entry.put("user", user);
            EntityTable.writeLastSeen(entry, lastSeen);
            entry.put("time", login.time().toString());
            entry.put("lat", login.point().latitude());
            entry.put("lon", login.point().longitude());
            entry.put("country", login.country());
        });
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, LastLogin> restored = lastLogins.restorer(state);
        for (JsonNode entry : StateJson.array(state, "users")) {
            GeoPoint point;
            try {
                point = new GeoPoint(StateJson.number(entry, "lat", -90), StateJson.number(entry, "lon", -180));
            } catch (IllegalArgumentException e) {
                throw new InvalidStateException("bad location: " + e.getMessage(), e);
            }
            restored.add(
                    StateJson.text(entry, "user"),
                    new LastLogin(StateJson.instant(entry, "time"), point, StateJson.text(entry, "country")),
                    entry);
        }
        restored.finish();
    }
}
