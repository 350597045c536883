package dev.custos.detect.evaluation;

import static java.util.Objects.requireNonNull;

import dev.custos.types.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained SVG chart of a report: per scenario, a bar of the lead time of the first high alert (log scale,
 * hours) coloured by the gate's decision on the first theft request, and the overall figures underneath.
 */
public final class ReportChart {
    private static final int WIDTH = 900;
    private static final int ROW = 30;
    private static final int LEFT = 170;
    private static final int TOP = 60;
    private static final double MAX_HOURS = 1_000;

    private ReportChart() {}

    public static String svg(EvaluationReport report) {
        requireNonNull(report, "report is null");
        List<ScenarioResult> results = report.scenarios();
        int plotWidth = WIDTH - LEFT - 200;
        int height = TOP + ROW * results.size() + 120;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"13\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                WIDTH,
                height));
        text(
                svg,
                20,
                24,
                16,
                "Custos detection: simulated attacks (seed " + report.settings().seed() + ", "
                        + report.settings().people() + " people, "
                        + report.settings().days() + " days)");
        text(
                svg,
                20,
                44,
                12,
                "Bar: lead time of the first high/critical alert before the theft (log hours; 0 = at the"
                        + " theft). Colour: decision on the first theft request.");
        for (double hours : new double[] {0.1, 1, 10, 100, 1_000}) {
            int x = LEFT + scale(hours, plotWidth);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#ddd\"/>%n",
                    x,
                    TOP - 5,
                    x,
                    TOP + ROW * results.size()));
            text(svg, x - 10, TOP + ROW * results.size() + 16, 11, hours < 1 ? "0.1 h" : (int) hours + " h");
        }
        int y = TOP;
        for (ScenarioResult result : results) {
            text(svg, 20, y + 18, 13, result.scenario());
            String colour = colour(result.firstDecision());
            int bar = result.leadTime()
                    .map(lead -> Math.max(4, scale(Math.max(lead.toSeconds() / 3_600.0, 0.1), plotWidth)))
                    .orElse(0);
            if (bar > 0) {
                svg.append(String.format(
                        Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                        LEFT,
                        y + 5,
                        bar,
                        ROW - 10,
                        colour));
            }
            String label = result.firstDecision().wireName() + ", " + result.held() + "/"
                    + result.theftDecisions().size() + " held, alert "
                    + result.leadTime().map(ReportFormat::describe).orElse("none");
            text(svg, LEFT + Math.max(bar, 0) + 8, y + 19, 12, label);
            y += ROW;
        }
        BaselineResult baseline = report.baseline();
        y += 45;
        legend(svg, 20, y);
        text(
                svg,
                20,
                y + 40,
                13,
                String.format(
                        Locale.ROOT,
                        "Detection rate %d/%d; false escalations %.2f per 1,000 benign requests (%,d requests); %.2f alerts per"
                                + " day per 100 people.",
                        report.stopped(),
                        results.size(),
                        baseline.falseEscalationsPerThousand(),
                        baseline.requests(),
                        baseline.alertsPerDayPerHundred()));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static void legend(StringBuilder svg, int x, int y) {
        int offset = x;
        for (Verdict decision : Verdict.values()) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"14\" fill=\"%s\"/>%n",
                    offset,
                    y,
                    colour(decision)));
            text(svg, offset + 20, y + 12, 12, "first theft request " + decision.wireName());
            offset += 220;
        }
    }

    private static int scale(double hours, int plotWidth) {
        double position = (Math.log10(hours) + 1) / (Math.log10(MAX_HOURS) + 1);
        return (int) Math.round(Math.min(1, Math.max(0, position)) * plotWidth);
    }

    private static String colour(Verdict decision) {
        return switch (decision) {
            case DENY -> "#2e7d32";
            case ESCALATE -> "#f9a825";
            case ALLOW -> "#c62828";
        };
    }

    private static void text(StringBuilder svg, int x, int y, int size, String content) {
        svg.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\">%s</text>%n", x, y, size, escape(content)));
    }

    private static String escape(String content) {
        return content.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
