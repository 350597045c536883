package dev.custos.exposure.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A figure with the people who achieve it alone.
 *
 * @param figure the figure
 * @param alone the names of everyone whose compromise alone achieves it, sorted
 */
record Outcome(Figure figure, List<String> alone) {
    Outcome {
        requireNonNull(figure, "figure is null");
        alone = List.copyOf(requireNonNull(alone, "alone is null"));
    }
}
