package dev.custos.detect.baseline;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.event.Event;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A categorical attribute whose rarity is scored per entity.
 *
 * @param name the feature name shown in explanations, e.g. {@code country}
 * @param weight the score (1..100) a never-seen value contributes; a rare value contributes half
 * @param extractor reads the value from an event, empty when the event lacks it
 * @param neighbors the values whose history counts as familiar for a value (itself included); used to smooth
 *     hour-of-week, identity otherwise
 */
public record Attribute(
        String name,
        double weight,
        Function<Event, Optional<String>> extractor,
        Function<String, List<String>> neighbors) {
    public Attribute {
        requireNonNull(name, "name is null");
        if (!(weight > 0 && weight <= 100)) {
            throw new IllegalArgumentException("weight must be in (0, 100]: " + weight);
        }
        requireNonNull(extractor, "extractor is null");
        requireNonNull(neighbors, "neighbors is null");
    }

    /** An attribute read from one event field, without smoothing. */
    public static Attribute field(String name, double weight, String field) {
        requireNonNull(field, "field is null");
        return new Attribute(name, weight, event -> event.text(field), List::of);
    }
}
