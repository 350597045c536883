package dev.custos.detect.baseline;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hour-of-week buckets in UTC: weekdays share one profile per hour and weekends another ({@code weekday-09}, {@code
 * weekend-03}), and the hours up to two either side count as familiar, so that a few weeks of history are enough.
 */
public final class HourOfWeek {
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int SECONDS_PER_HOUR = 3_600;
    /** 1970-01-01 was a Thursday: day 0 is Monday + 3. */
    private static final int EPOCH_DAY_OF_WEEK = 3;

    private static final String[][] BUCKETS = new String[2][24];
    private static final Map<String, List<String>> NEIGHBORS = new HashMap<>();

    static {
        for (int weekend = 0; weekend < 2; weekend++) {
            for (int hour = 0; hour < 24; hour++) {
                BUCKETS[weekend][hour] = format(weekend == 1 ? "weekend" : "weekday", hour);
            }
        }
        for (String[] day : BUCKETS) {
            for (String bucket : day) {
                NEIGHBORS.put(bucket, computeNeighbors(bucket));
            }
        }
    }

    private HourOfWeek() {}

    /** The bucket for an instant, e.g. {@code weekday-14}. */
    public static String bucket(Instant time) {
        long seconds = time.getEpochSecond();
        long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
        int dayOfWeek = (int) Math.floorMod(day + EPOCH_DAY_OF_WEEK, 7L); // 0 = Monday .. 6 = Sunday
        int hour = (int) (Math.floorMod(seconds, (long) SECONDS_PER_DAY) / SECONDS_PER_HOUR);
        return BUCKETS[dayOfWeek >= 5 ? 1 : 0][hour];
    }

    /** The bucket and the buckets up to two hours either side (same day class). */
    public static List<String> neighbors(String bucket) {
        List<String> known = NEIGHBORS.get(bucket);
        return known != null ? known : computeNeighbors(bucket);
    }

    private static List<String> computeNeighbors(String bucket) {
        int dash = bucket.lastIndexOf('-');
        if (dash < 0) {
            return List.of(bucket);
        }
        String dayClass = bucket.substring(0, dash);
        int hour;
        try {
            hour = Integer.parseInt(bucket.substring(dash + 1));
        } catch (NumberFormatException e) {
            return List.of(bucket);
        }
        return List.of(
                bucket,
                format(dayClass, (hour + 23) % 24),
                format(dayClass, (hour + 1) % 24),
                format(dayClass, (hour + 22) % 24),
                format(dayClass, (hour + 2) % 24));
    }

    private static String format(String dayClass, int hour) {
        return String.format(Locale.ROOT, "%s-%02d", dayClass, hour);
    }
}
