package dev.custos.exposure.analysis;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A person whose compromise alone achieves some figure of a wallet.
 *
 * @param person the person's name
 * @param figures which figures ({@code sign_outside_policy}, {@code pass_policy}, {@code change_policy})
 */
public record SinglePoint(String person, List<String> figures) {
    public SinglePoint {
        requireNonNull(person, "person is null");
        figures = List.copyOf(requireNonNull(figures, "figures is null"));
    }
}
