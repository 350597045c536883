package dev.custos.detect.baseline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Hour-of-week buckets in UTC: weekdays share one profile per hour and weekends another ({@code weekday-09}, {@code
 * weekend-03}), and the hours up to two either side count as familiar, so that a few weeks of history are enough.
 */
public final class HourOfWeek {
    private HourOfWeek() {}

    /** The bucket for an instant, e.g. {@code weekday-14}. */
    public static String bucket(Instant time) {
        ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
        DayOfWeek day = utc.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return String.format(Locale.ROOT, "%s-%02d", weekend ? "weekend" : "weekday", utc.getHour());
    }

    /** The bucket and the buckets up to two hours either side (same day class). */
    public static List<String> neighbors(String bucket) {
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
                String.format(Locale.ROOT, "%s-%02d", dayClass, (hour + 23) % 24),
                String.format(Locale.ROOT, "%s-%02d", dayClass, (hour + 1) % 24),
                String.format(Locale.ROOT, "%s-%02d", dayClass, (hour + 22) % 24),
                String.format(Locale.ROOT, "%s-%02d", dayClass, (hour + 2) % 24));
    }
}
