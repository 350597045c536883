package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

/**
 * A business trip or holiday: from {@code firstDay} for {@code days} days the person works from {@code place} on a
 * hotel network.
 */
record Trip(int firstDay, int days, Place place) {
    Trip {
        requireNonNull(place, "place is null");
        if (firstDay < 0 || days < 1) {
            throw new IllegalArgumentException("bad trip: day " + firstDay + " for " + days);
        }
    }

    boolean covers(int day) {
        return day >= firstDay && day < firstDay + days;
    }

    /** The hotel network of the trip's city (a fixed, made-up AS number per city). */
    long hotelAsn() {
        return 200_000 + place.asn();
    }
}
