package dev.custos.detect.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class HourOfWeekProperties {
    @Property(tries = 500)
    void bucket_isTheUtcDayClassAndHour(@ForAll @LongRange(min = -4_000_000_000L, max = 8_000_000_000L) long second) {
        Instant time = Instant.ofEpochSecond(second);
        ZonedDateTime utc = time.atZone(ZoneOffset.UTC);
        boolean weekend = utc.getDayOfWeek() == DayOfWeek.SATURDAY || utc.getDayOfWeek() == DayOfWeek.SUNDAY;
        String expected = String.format(Locale.ROOT, "%s-%02d", weekend ? "weekend" : "weekday", utc.getHour());

        assertThat(HourOfWeek.bucket(time)).isEqualTo(expected);
    }

    @Test
    void neighbors_wrapAroundMidnight_andKeepTheDayClass() {
        assertThat(HourOfWeek.neighbors("weekend-23"))
                .containsExactly("weekend-23", "weekend-22", "weekend-00", "weekend-21", "weekend-01");
        assertThat(HourOfWeek.neighbors("weekday-00"))
                .containsExactly("weekday-00", "weekday-23", "weekday-01", "weekday-22", "weekday-02");
        assertThat(HourOfWeek.neighbors("odd")).isEqualTo(List.of("odd"));
        assertThat(HourOfWeek.neighbors("weekday-7")).contains("weekday-06", "weekday-08");
    }
}
