package dev.custos.exposure.compare;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;

/**
 * How one figure of one wallet moved between two analyses. An unreachable figure counts as infinitely many people.
 *
 * @param wallet the wallet id
 * @param figure {@code sign_outside_policy}, {@code pass_policy} or {@code change_policy}
 * @param before the figure before (empty: unreachable)
 * @param after the figure after (empty: unreachable)
 */
public record FigureChange(String wallet, String figure, OptionalInt before, OptionalInt after) {
    public FigureChange {
        requireNonNull(wallet, "wallet is null");
        requireNonNull(figure, "figure is null");
        requireNonNull(before, "before is null");
        requireNonNull(after, "after is null");
    }

    /** Whether fewer people achieve the figure after the change. */
    public boolean lowered() {
        return value(after) < value(before);
    }

    /** Whether more people are needed after the change. */
    public boolean raised() {
        return value(after) > value(before);
    }

    /** For example "this change lowers the people needed to move hot-eth under the policy from 3 to 2". */
    public String sentence() {
        String direction = lowered() ? "lowers" : raised() ? "raises" : "keeps";
        String what = switch (figure) {
            case "sign_outside_policy" -> "the people needed to sign from " + wallet + " outside the policy";
            case "pass_policy" -> "the people needed to move " + wallet + " under the policy";
            case "change_policy" -> "the people needed to loosen the policy over " + wallet;
            default -> figure + " of " + wallet;
        };
        return "this change " + direction + " " + what + " from " + text(before) + " to " + text(after);
    }

    private static long value(OptionalInt figure) {
        return figure.isPresent() ? figure.getAsInt() : Long.MAX_VALUE;
    }

    static String text(OptionalInt figure) {
        return figure.isPresent() ? Integer.toString(figure.getAsInt()) : "unreachable";
    }
}
