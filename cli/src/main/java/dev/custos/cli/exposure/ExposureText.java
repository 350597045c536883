package dev.custos.cli.exposure;

import dev.custos.exposure.analysis.ChangePath;
import dev.custos.exposure.analysis.ExposureReport;
import dev.custos.exposure.analysis.Figure;
import dev.custos.exposure.analysis.Finding;
import dev.custos.exposure.analysis.SinglePoint;
import dev.custos.exposure.analysis.WalletExposure;
import dev.custos.exposure.compare.ExposureComparison;
import dev.custos.exposure.compare.FigureChange;
import dev.custos.exposure.powers.TransferRequirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text form of an exposure report: a table per wallet, how each figure is reached, findings, comparison. */
final class ExposureText {
    private ExposureText() {}

    static String render(
            ExposureReport report, List<Finding> floorFindings, int floor, Optional<ExposureComparison> comparison) {
        StringBuilder out = new StringBuilder();
        out.append("Exposure under policy version ")
                .append(report.policyVersion())
                .append(", vetting judged at ")
                .append(report.at())
                .append(", floor ")
                .append(floor)
                .append('\n');
        if (report.wallets().isEmpty()) {
            out.append("The policy declares no wallets.\n");
        } else {
            out.append('\n');
            table(out, report, floor);
            out.append("\nOne smallest group for each figure:\n");
            for (WalletExposure wallet : report.wallets()) {
                for (String name : WalletExposure.FIGURES) {
                    Figure figure = wallet.figure(name);
                    out.append("  ")
                            .append(wallet.wallet())
                            .append(' ')
                            .append(name)
                            .append(": ");
                    out.append(figure.people().isPresent() ? String.join(", ", figure.example()) : figure.note());
                    if (name.equals("pass_policy") && wallet.requirement().possible()) {
                        out.append(requirement(wallet.requirement()));
                    }
                    out.append('\n');
                }
            }
        }
        out.append("\nPaths to loosening the policy:\n");
        for (ChangePath path : report.changePaths()) {
            out.append("  ")
                    .append(path.path())
                    .append(": ")
                    .append(people(path.figure()))
                    .append(", time lock ")
                    .append(path.timeLockSeconds())
                    .append(" s")
                    .append(
                            path.figure().people().isPresent()
                                    ? ""
                                    : " (" + path.figure().note() + ")")
                    .append('\n');
        }
        List<Finding> findings = new ArrayList<>(report.findings());
        findings.addAll(floorFindings);
        out.append(findings.isEmpty() ? "\nNo findings.\n" : "\nFindings:\n");
        findings.forEach(finding -> finding(out, finding));
        comparison.ifPresent(c -> {
            out.append("\nCompared with the inputs before the change:\n");
            if (c.changes().isEmpty()) {
                out.append("  no figure changes\n");
            }
            for (FigureChange change : c.changes()) {
                out.append("  ").append(change.sentence()).append('\n');
            }
            c.findings().forEach(finding -> finding(out, finding));
        });
        return out.toString();
    }

    private static void table(StringBuilder out, ExposureReport report, int floor) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {
            "wallet", "sign_outside_policy", "pass_policy", "change_policy", "time lock", "single points of failure"
        });
        for (WalletExposure wallet : report.wallets()) {
            rows.add(new String[] {
                wallet.wallet(),
                cell(wallet.signOutsidePolicy(), floor) + " (" + wallet.threshold() + " of "
                        + wallet.nodes().size() + " nodes)",
                cell(wallet.passPolicy(), floor),
                cell(wallet.changePolicy(), floor),
                wallet.timeLockSeconds() + " s",
                wallet.singlePointsOfFailure().isEmpty()
                        ? "none"
                        : String.join(
                                ", ",
                                wallet.singlePointsOfFailure().stream()
                                        .map(SinglePoint::person)
                                        .toList())
            });
        }
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == 0 ? "" : "  ").append(row[i]).append(" ".repeat(widths[i] - row[i].length()));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }

    private static String requirement(TransferRequirement requirement) {
        if (requirement.quorums().isEmpty()) {
            return " (no approvals needed)";
        }
        List<String> quorums = new ArrayList<>();
        requirement.quorums().forEach((group, quorum) -> quorums.add(quorum + " " + group));
        return " (" + String.join(" + ", quorums) + ", from rules " + String.join(", ", requirement.rules()) + ")";
    }

    private static String cell(Figure figure, int floor) {
        if (figure.people().isEmpty()) {
            return "unreachable";
        }
        int people = figure.people().getAsInt();
        return people < floor ? people + " BELOW FLOOR" : Integer.toString(people);
    }

    private static String people(Figure figure) {
        if (figure.people().isEmpty()) {
            return "unreachable";
        }
        int people = figure.people().getAsInt();
        return people + (people == 1 ? " person" : " people") + " (" + String.join(", ", figure.example()) + ")";
    }

    private static void finding(StringBuilder out, Finding finding) {
        String severity = finding.severity().wireName();
        out.append("  ")
                .append(severity)
                .append(" ".repeat(Math.max(1, 10 - severity.length())))
                .append(finding.code())
                .append(": ")
                .append(finding.message())
                .append('\n');
    }
}
