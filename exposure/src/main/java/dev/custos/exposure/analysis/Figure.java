package dev.custos.exposure.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * One exposure figure: the fewest people who together achieve something, with one such group of people as an example.
 *
 * @param people the figure; empty when nobody in the registry and policy can achieve it at all
 * @param example the names of one smallest group that achieves it (empty when unreachable)
 * @param note why it is unreachable, or an empty string
 */
public record Figure(OptionalInt people, List<String> example, String note) {
    public Figure {
        requireNonNull(people, "people is null");
        example = List.copyOf(requireNonNull(example, "example is null"));
        requireNonNull(note, "note is null");
        if (people.isPresent()) {
            if (people.getAsInt() < 1 || people.getAsInt() != example.size()) {
                throw new IllegalArgumentException(
                        "the figure is " + people.getAsInt() + " but the example names " + example.size() + " people");
            }
        } else if (!example.isEmpty() || note.isEmpty()) {
            throw new IllegalArgumentException("an unreachable figure has no example and says why");
        }
    }

    /** A figure reached by the people in {@code example}. */
    public static Figure of(List<String> example) {
        return new Figure(OptionalInt.of(example.size()), example, "");
    }

    /** A figure nobody can reach, because {@code why}. */
    public static Figure unreachable(String why) {
        return new Figure(OptionalInt.empty(), List.of(), why);
    }

    /** Whether one person alone achieves it. */
    public boolean single() {
        return people.isPresent() && people.getAsInt() == 1;
    }
}
