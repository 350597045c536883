package dev.custos.server.console.charts;

import dev.custos.server.console.html.Html;
import java.util.List;

/**
 * Small SVG charts drawn on the server (no script, no library): bars for counts over time and a line for a score over
 * time. Each chart is a figure whose caption says in words what the picture shows, and each bar or point carries a
 * {@code <title>} with its exact value.
 */
public final class Charts {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 180;
    private static final int LEFT = 36;
    private static final int BOTTOM = 24;
    private static final int TOP = 10;

    private Charts() {}

    /**
     * One bar.
     *
     * @param label what the bar is (a day)
     * @param value its height
     * @param highlighted drawn in the warning colour
     */
    public record Bar(String label, int value, boolean highlighted) {}

    /**
     * One point of a line.
     *
     * @param label what the point is (a time and request id)
     * @param value 0 to 100
     */
    public record Point(String label, int value) {}

    /** A bar chart titled by {@code caption}. */
    public static void bars(Html html, String id, String caption, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        html.open("figure", "class", "chart-figure");
        open(html, id);
        axes(html, Integer.toString(max));
        int plotWidth = WIDTH - LEFT - 6;
        double slot = bars.isEmpty() ? plotWidth : (double) plotWidth / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int height = (int) Math.round((HEIGHT - TOP - BOTTOM) * (double) bar.value() / max);
            int x = LEFT + (int) Math.round(i * slot) + 1;
            html.open(
                    "rect",
                    "x",
                    Integer.toString(x),
                    "y",
                    Integer.toString(HEIGHT - BOTTOM - height),
                    "width",
                    Integer.toString(Math.max(1, (int) slot - 2)),
                    "height",
                    Integer.toString(height),
                    "class",
                    bar.highlighted() ? "chart-bar chart-bar-high" : "chart-bar");
            html.element("title", bar.label() + ": " + bar.value());
            html.close("rect");
            if (bars.size() <= 16 || i % Math.max(1, bars.size() / 8) == 0) {
                html.element(
                        "text",
                        bar.label(),
                        "x",
                        Integer.toString(x),
                        "y",
                        Integer.toString(HEIGHT - 6),
                        "class",
                        "chart-label");
            }
        }
        html.close("svg");
        html.element("figcaption", caption, "id", id + "-caption");
        html.close("figure");
    }

    /** A line of scores from 0 to 100, oldest left. */
    public static void line(Html html, String id, String caption, List<Point> points) {
        html.open("figure", "class", "chart-figure");
        open(html, id);
        axes(html, "100");
        int plotWidth = WIDTH - LEFT - 12;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            int x = LEFT + 6 + (points.size() == 1 ? plotWidth / 2 : i * plotWidth / (points.size() - 1));
            int y = HEIGHT
                    - BOTTOM
                    - (HEIGHT - TOP - BOTTOM) * clamp(points.get(i).value()) / 100;
            path.append(i == 0 ? "M" : " L").append(x).append(' ').append(y);
        }
        if (points.size() > 1) {
            html.open("path", "d", path.toString(), "class", "chart-line").close("path");
        }
        for (int i = 0; i < points.size(); i++) {
            int x = LEFT + 6 + (points.size() == 1 ? plotWidth / 2 : i * plotWidth / (points.size() - 1));
            int y = HEIGHT
                    - BOTTOM
                    - (HEIGHT - TOP - BOTTOM) * clamp(points.get(i).value()) / 100;
            html.open("circle", "cx", Integer.toString(x), "cy", Integer.toString(y), "r", "4", "class", "chart-dot");
            html.element(
                    "title", points.get(i).label() + ": risk " + points.get(i).value());
            html.close("circle");
        }
        html.close("svg");
        html.element("figcaption", caption, "id", id + "-caption");
        html.close("figure");
    }

    private static void open(Html html, String id) {
        html.open(
                "svg",
                "viewBox",
                "0 0 " + WIDTH + " " + HEIGHT,
                "class",
                "chart",
                "role",
                "img",
                "aria-labelledby",
                id + "-caption",
                "xmlns",
                "http://www.w3.org/2000/svg");
    }

    private static void axes(Html html, String top) {
        html.open(
                        "line",
                        "x1",
                        Integer.toString(LEFT),
                        "y1",
                        Integer.toString(TOP),
                        "x2",
                        Integer.toString(LEFT),
                        "y2",
                        Integer.toString(HEIGHT - BOTTOM),
                        "class",
                        "chart-axis")
                .close("line");
        html.open(
                        "line",
                        "x1",
                        Integer.toString(LEFT),
                        "y1",
                        Integer.toString(HEIGHT - BOTTOM),
                        "x2",
                        Integer.toString(WIDTH - 4),
                        "y2",
                        Integer.toString(HEIGHT - BOTTOM),
                        "class",
                        "chart-axis")
                .close("line");
        html.element("text", top, "x", "4", "y", Integer.toString(TOP + 10), "class", "chart-label");
        html.element("text", "0", "x", "4", "y", Integer.toString(HEIGHT - BOTTOM), "class", "chart-label");
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(100, value));
    }
}
