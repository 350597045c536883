package dev.custos.detect.event;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * A fast path for the timestamp shapes that almost every event uses, {@code 2025-03-03T09:15:00Z}, with optional
 * fraction of a second and {@code +HH:MM}/{@code -HH:MM} offsets, giving exactly what {@code
 * DateTimeFormatter.ISO_OFFSET_DATE_TIME} gives. Anything else (lower-case letters, no seconds, a signed or
 * five-digit year, {@code -00:00}, impossible dates) returns null and is left to the full parser.
 */
final class CommonTimestamps {
    private static final int BASE_LENGTH = 19; // yyyy-MM-ddTHH:mm:ss

    private CommonTimestamps() {}

    /** The instant, or null when the text is not in one of the common shapes or not a valid date and time. */
    static Instant parse(String text) {
        int length = text.length();
        if (length < BASE_LENGTH + 1
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int position = BASE_LENGTH;
        int nano = 0;
        if (text.charAt(position) == '.') {
            int start = ++position;
            while (position < length && position - start < 9 && isDigit(text.charAt(position))) {
                nano = nano * 10 + (text.charAt(position) - '0');
                position++;
            }
            int fractionDigits = position - start;
            if (fractionDigits == 0 || (position < length && isDigit(text.charAt(position)))) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nano *= 10;
            }
        }
        ZoneOffset offset = offset(text, position);
        if (offset == null) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano)
                    .toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String text, int position) {
        int remaining = text.length() - position;
        if (remaining == 1 && text.charAt(position) == 'Z') {
            return ZoneOffset.UTC;
        }
        if (remaining != 6 || text.charAt(position + 3) != ':') {
            return null;
        }
        char sign = text.charAt(position);
        int hours = digits(text, position + 1, 2);
        int minutes = digits(text, position + 4, 2);
        if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || hours > 17 || minutes > 59) {
            return null;
        }
        if (sign == '-' && hours == 0 && minutes == 0) {
            return null;
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    /** The decimal value of {@code count} ASCII digits at {@code start}, or -1 when one is not a digit. */
    private static int digits(String text, int start, int count) {
        int value = 0;
        for (int i = start; i < start + count; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
