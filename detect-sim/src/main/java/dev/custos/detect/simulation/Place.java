package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A city people live in or travel to, with its home-broadband network.
 *
 * @param country ISO 3166 alpha-2 code
 * @param city city name
 * @param latitude degrees
 * @param longitude degrees
 * @param asn the usual residential network's autonomous system number
 * @param utcOffsetHours local time minus UTC, whole hours (daylight saving ignored)
 */
public record Place(String country, String city, double latitude, double longitude, long asn, int utcOffsetHours) {
    /** The cities of the simulated organisation's people. */
    public static final List<Place> HOMES = List.of(
            new Place("US", "New York", 40.71, -74.01, 7922, -5),
            new Place("US", "San Francisco", 37.77, -122.42, 7018, -8),
            new Place("GB", "London", 51.51, -0.13, 2856, 0),
            new Place("DE", "Berlin", 52.52, 13.40, 3320, 1),
            new Place("PT", "Lisbon", 38.72, -9.14, 3243, 0),
            new Place("PL", "Warsaw", 52.23, 21.01, 5617, 1),
            new Place("SG", "Singapore", 1.35, 103.82, 9506, 8),
            new Place("JP", "Tokyo", 35.68, 139.69, 2516, 9),
            new Place("CA", "Toronto", 43.65, -79.38, 812, -5),
            new Place("BR", "Sao Paulo", -23.55, -46.63, 28573, -3),
            new Place("IN", "Bangalore", 12.97, 77.59, 24560, 5),
            new Place("AU", "Sydney", -33.87, 151.21, 1221, 10));

    public Place {
        requireNonNull(country, "country is null");
        requireNonNull(city, "city is null");
        if (country.length() != 2) {
            throw new IllegalArgumentException("country must be a 2-letter code: " + country);
        }
        if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + "," + longitude);
        }
        if (asn < 1) {
            throw new IllegalArgumentException("asn must be positive: " + asn);
        }
        if (utcOffsetHours < -12 || utcOffsetHours > 14) {
            throw new IllegalArgumentException("utcOffsetHours out of range: " + utcOffsetHours);
        }
    }
}
