package dev.custos.exposure.compare;

import static java.util.Objects.requireNonNull;

import dev.custos.exposure.analysis.ExposureReport;
import dev.custos.exposure.analysis.Finding;
import dev.custos.exposure.analysis.Severity;
import dev.custos.exposure.analysis.SinglePoint;
import dev.custos.exposure.analysis.WalletExposure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a change to the registry, the policy or the committee does to the exposure: every figure that moved, and
 * findings for the ones that got worse (a figure lowered, below the floor, a new single point of failure, a shorter
 * time lock on loosening the policy).
 *
 * @param changes every figure that moved, wallet by wallet
 * @param findings what should be looked at before the change takes effect
 */
public record ExposureComparison(List<FigureChange> changes, List<Finding> findings) {
    public ExposureComparison {
        changes = List.copyOf(requireNonNull(changes, "changes is null"));
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
    }

    /** Compares {@code before} with {@code after}; figures of {@code after} below {@code floor} are high findings. */
    public static ExposureComparison compare(ExposureReport before, ExposureReport after, int floor) {
        FloorCheck.checkFloor(floor);
        List<FigureChange> changes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (WalletExposure now : after.wallets()) {
            Optional<WalletExposure> then = before.wallet(now.wallet());
            if (then.isEmpty()) {
                findings.add(
                        new Finding(Severity.LOW, "wallet_added", now.wallet(), "wallet " + now.wallet() + " is new"));
                continue;
            }
            for (String name : WalletExposure.FIGURES) {
                FigureChange change = new FigureChange(
                        now.wallet(),
                        name,
                        then.get().figure(name).people(),
                        now.figure(name).people());
                if (!change.lowered() && !change.raised()) {
                    continue;
                }
                changes.add(change);
                OptionalInt figure = change.after();
                if (change.lowered() && figure.isPresent() && figure.getAsInt() < floor) {
                    findings.add(new Finding(
                            Severity.HIGH,
                            "lowered_below_floor",
                            now.wallet(),
                            change.sentence() + ", below the floor of " + floor));
                } else if (change.lowered()) {
                    findings.add(new Finding(Severity.MEDIUM, "lowered", now.wallet(), change.sentence()));
                } else {
                    findings.add(new Finding(Severity.LOW, "raised", now.wallet(), change.sentence()));
                }
            }
            if (now.timeLockSeconds() < then.get().timeLockSeconds()) {
                findings.add(new Finding(
                        Severity.MEDIUM,
                        "time_lock_lowered",
                        now.wallet(),
                        "this change shortens the time lock on loosening the policy over " + now.wallet() + " from "
                                + then.get().timeLockSeconds() + " s to " + now.timeLockSeconds() + " s"));
            }
            Set<String> old = names(then.get().singlePointsOfFailure());
            for (String person : names(now.singlePointsOfFailure())) {
                if (!old.contains(person)) {
                    findings.add(new Finding(
                            Severity.HIGH,
                            "new_single_point_of_failure",
                            now.wallet(),
                            "this change makes " + person + " a single point of failure of " + now.wallet()));
                }
            }
        }
        for (WalletExposure then : before.wallets()) {
            if (after.wallet(then.wallet()).isEmpty()) {
                findings.add(new Finding(
                        Severity.LOW, "wallet_removed", then.wallet(), "wallet " + then.wallet() + " is gone"));
            }
        }
        return new ExposureComparison(changes, findings);
    }

    private static Set<String> names(List<SinglePoint> points) {
        Set<String> names = new TreeSet<>();
        points.forEach(point -> names.add(point.person()));
        return names;
    }
}
