package dev.custos.detect.baseline;

import dev.custos.detect.event.Event;
import dev.custos.types.EventFields;
import java.util.Optional;
import java.util.OptionalDouble;

/** A point on Earth in degrees; validated ranges. */
public record GeoPoint(double latitude, double longitude) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude out of range: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude out of range: " + longitude);
        }
    }

    /** The event's {@code source.geo.location}, if present and in range. */
    public static Optional<GeoPoint> of(Event event) {
        OptionalDouble latitude = event.number(EventFields.SOURCE_LATITUDE);
        OptionalDouble longitude = event.number(EventFields.SOURCE_LONGITUDE);
        if (latitude.isEmpty() || longitude.isEmpty()) {
            return Optional.empty();
        }
        double lat = latitude.getAsDouble();
        double lon = longitude.getAsDouble();
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(lat, lon));
    }

    /** Great-circle distance in kilometres (haversine). */
    public double distanceKm(GeoPoint other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(deltaPhi / 2) * Math.sin(deltaPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(deltaLambda / 2) * Math.sin(deltaLambda / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
