package dev.custos.detect.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.custos.detect.explain.EntityRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedbackErrorsTest {
    private static final Instant T0 = Instant.parse("2025-03-10T09:00:00Z");

    @Test
    void parse_namesTheFieldAtFault() {
        assertThat(fieldOf("{\"type\":\"false_positive\",\"@timestamp\":\"2025-03-10T09:00:00Z\",\"by\":\"b\","
                        + "\"reason\":\"r\"}"))
                .isEqualTo("alert_id");
        assertThat(fieldOf("{\"type\":\"false_positive\",\"@timestamp\":\"yesterday\",\"alert_id\":\"a\",\"by\":\"b\","
                        + "\"reason\":\"r\"}"))
                .isEqualTo("@timestamp");
        assertThat(fieldOf("{\"type\":\"suppression\",\"@timestamp\":\"2025-03-10T09:00:00Z\",\"id\":\"s\","
                        + "\"expires\":\"2025-03-09T09:00:00Z\",\"by\":\"b\",\"reason\":\"r\",\"detector\":\"d\"}"))
                .isEqualTo("expires");
        assertThat(fieldOf("{\"type\":\"suppression\",\"@timestamp\":\"2025-03-10T09:00:00Z\",\"id\":\"s\","
                        + "\"expires\":\"2025-03-19T09:00:00Z\",\"by\":\"b\",\"reason\":\"r\",\"entity\":\"alice\"}"))
                .isEqualTo("entity");
        assertThat(fieldOf("{\"type\":\"suppression\",\"@timestamp\":\"2025-03-10T09:00:00Z\",\"id\":\"s\","
                        + "\"expires\":\"2025-03-19T09:00:00Z\",\"by\":\"b\",\"reason\":\"r\",\"detector\":\"d\","
                        + "\"value\":\"RO\"}"))
                .isEqualTo("value");
        assertThat(fieldOf("{\"type\":\"vote\",\"@timestamp\":\"2025-03-10T09:00:00Z\"}"))
                .isEqualTo("type");
    }

    @Test
    void parse_ofNonJson_hasNoField() {
        InvalidFeedbackException error =
                catchThrowableOfType(InvalidFeedbackException.class, () -> FeedbackJson.parse("{oops"));

        assertThat(error.field()).isEmpty();
        assertThat(error).hasMessageStartingWith("not JSON");
    }

    @Test
    void unknownAlert_andDuplicateSuppression_areRejectedWithTheirReason() {
        Feedback feedback = new Feedback();
        Suppression suppression = new Suppression(
                "sup-1",
                new FeedbackScope(null, EntityRef.user("alice"), null, null),
                "bob",
                T0,
                T0.plusSeconds(3_600),
                "travel");
        feedback.suppress(suppression);

        FeedbackRejectedException unknown = catchThrowableOfType(
                FeedbackRejectedException.class,
                () -> feedback.markFalsePositive(new FalsePositive("alert-nope", "bob", T0, "noise")));
        FeedbackRejectedException duplicate =
                catchThrowableOfType(FeedbackRejectedException.class, () -> feedback.suppress(suppression));

        assertThat(unknown.reason()).isEqualTo(FeedbackRejectedException.Reason.UNKNOWN_ALERT);
        assertThat(duplicate.reason()).isEqualTo(FeedbackRejectedException.Reason.DUPLICATE_SUPPRESSION);
        assertThat(duplicate).hasMessageContaining("sup-1");
    }

    private static String fieldOf(String line) {
        InvalidFeedbackException error =
                catchThrowableOfType(InvalidFeedbackException.class, () -> FeedbackJson.parse(line));
        assertThat(error).as(line).isNotNull();
        return error.field().orElse(null);
    }
}
