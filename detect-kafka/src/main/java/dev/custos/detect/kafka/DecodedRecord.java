package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.event.Event;

/** What one Kafka record holds: an event, or a reason to skip it. */
sealed interface DecodedRecord {
    /** A well-formed event. */
    record Good(Event event) implements DecodedRecord {
        public Good {
            requireNonNull(event, "event is null");
        }
    }

    /** A record that is not an event. */
    record Bad(MalformedRecord malformed) implements DecodedRecord {
        public Bad {
            requireNonNull(malformed, "malformed is null");
        }
    }
}
