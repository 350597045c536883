package dev.custos.policy.verdict;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of verifying a verdict.
 *
 * @param status verified, or why not
 * @param score the verified score; empty unless verified (an unverified verdict never counts as score 0)
 * @param reasons the verified reasons; empty unless verified
 * @param explanation plain language, naming what is wrong
 */
public record VerdictCheck(VerdictStatus status, Optional<Integer> score, List<String> reasons, String explanation) {
    public VerdictCheck {
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(score, "score is null");
        Objects.requireNonNull(explanation, "explanation is null");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons is null"));
        if (counts(status) != score.isPresent()) {
            throw new IllegalArgumentException("a score is present exactly when the verdict verified (or is assumed)");
        }
        if (score.isPresent() && (score.get() < 0 || score.get() > 100)) {
            throw new IllegalArgumentException("score must be 0 to 100, got " + score.get());
        }
    }

    /** A score stated by a policy test case (dry runs only; the signing path always verifies a signed verdict). */
    public static VerdictCheck assumed(int score, List<String> reasons) {
        return new VerdictCheck(
                VerdictStatus.ASSUMED, Optional.of(score), reasons, "assumed by the test case: score " + score);
    }

    /** Whether the score counts: a verified verdict, or one a dry run assumes. */
    public boolean verified() {
        return counts(status);
    }

    private static boolean counts(VerdictStatus status) {
        return status == VerdictStatus.VERIFIED || status == VerdictStatus.ASSUMED;
    }

    static VerdictCheck failed(VerdictStatus status, String explanation) {
        return new VerdictCheck(status, Optional.empty(), List.of(), explanation);
    }
}
