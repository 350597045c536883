package dev.custos.exposure.compare;

import dev.custos.exposure.analysis.ExposureReport;
import dev.custos.exposure.analysis.Figure;
import dev.custos.exposure.analysis.Finding;
import dev.custos.exposure.analysis.Severity;
import dev.custos.exposure.analysis.WalletExposure;
import java.util.ArrayList;
import java.util.List;

/** Every figure below the floor is a violation: by default, no wallet may be moved or loosened by one person. */
public final class FloorCheck {
    /** The default floor: a figure of 1 (one person suffices) is a violation. */
    public static final int DEFAULT_FLOOR = 2;

    private FloorCheck() {}

    /** One {@code below_floor} finding (high) per figure of {@code report} below {@code floor}. */
    public static List<Finding> check(ExposureReport report, int floor) {
        checkFloor(floor);
        List<Finding> findings = new ArrayList<>();
        for (WalletExposure wallet : report.wallets()) {
            for (String name : WalletExposure.FIGURES) {
                Figure figure = wallet.figure(name);
                if (figure.people().isPresent() && figure.people().getAsInt() < floor) {
                    findings.add(new Finding(
                            Severity.HIGH,
                            "below_floor",
                            wallet.wallet(),
                            wallet.wallet() + ": " + name + " is "
                                    + figure.people().getAsInt()
                                    + ", below the floor of " + floor + " (" + String.join(", ", figure.example())
                                    + ")"));
                }
            }
        }
        return findings;
    }

    static void checkFloor(int floor) {
        if (floor < 1 || floor > 100) {
            throw new IllegalArgumentException("the floor must be 1 to 100, got " + floor);
        }
    }
}
