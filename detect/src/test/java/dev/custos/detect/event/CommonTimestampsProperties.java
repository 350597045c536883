package dev.custos.detect.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CommonTimestampsProperties {
    @Property(tries = 500)
    void validTimestamps_giveWhatTheIsoParserGives(
            @ForAll @LongRange(min = -62_000_000_000L, max = 253_000_000_000L) long second,
            @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
            @ForAll @IntRange(min = -18 * 60, max = 18 * 60) int offsetMinutes,
            @ForAll @IntRange(min = 0, max = 9) int fractionDigits) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        OffsetDateTime time = Instant.ofEpochSecond(second, nano).atOffset(offset);
        String pattern =
                "uuuu-MM-dd'T'HH:mm:ss" + (fractionDigits == 0 ? "" : "." + "S".repeat(fractionDigits)) + "xxx";
        String text = time.format(DateTimeFormatter.ofPattern(pattern)).replace("+00:00", "Z");

        assertSameAsIso(text);
    }

    @Property(tries = 1000)
    void anyNearMiss_isEitherTheSameInstantOrLeftToTheFullParser(@ForAll("nearMisses") String text) {
        assertSameAsIso(text);
    }

    @Test
    void commonShapes_takeTheFastPath_andOddOnesDoNot() {
        assertThat(CommonTimestamps.parse("2025-03-03T09:15:00Z")).isEqualTo(Instant.parse("2025-03-03T09:15:00Z"));
        assertThat(CommonTimestamps.parse("2025-03-03T09:15:00.5+01:30"))
                .isEqualTo(Instant.parse("2025-03-03T07:45:00.5Z"));
        assertThat(CommonTimestamps.parse("2025-03-03t09:15:00z")).isNull();
        assertThat(CommonTimestamps.parse("2025-02-29T09:15:00Z")).isNull();
        assertThat(CommonTimestamps.parse("2025-03-03T09:15Z")).isNull();
        assertThat(CommonTimestamps.parse("2025-03-03T09:15:00-00:00")).isNull();
        assertThat(CommonTimestamps.parse("2025-03-03T09:15:00.Z")).isNull();
    }

    @Provide
    Arbitrary<String> nearMisses() {
        Arbitrary<Character> noise =
                Arbitraries.of('0', '1', '2', '3', '5', '9', '-', ':', 'T', 't', 'Z', 'z', '+', '.', ' ');
        return Arbitraries.of(
                        "2025-03-03T09:15:00Z",
                        "2024-02-29T23:59:59.123456789+05:45",
                        "1999-12-31T00:00:00-08:00",
                        "2025-03-03T09:15:00.5+01:30")
                .flatMap(base -> Arbitraries.integers()
                        .between(0, base.length() - 1)
                        .flatMap(index -> noise.map(c -> base.substring(0, index) + c + base.substring(index + 1))));
    }

    private static void assertSameAsIso(String text) {
        Instant fast = CommonTimestamps.parse(text);
        Instant iso;
        try {
            iso = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            iso = null;
        }
        if (fast != null) {
            assertThat(fast).as(text).isEqualTo(iso);
        }
    }
}
