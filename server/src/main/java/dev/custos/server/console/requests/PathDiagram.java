package dev.custos.server.console.requests;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.server.console.html.Html;
import java.util.List;

/**
 * A request's path as a small SVG: submitted → approvals → nodes → signed, each step done, current, waiting or
 * stopped. The same facts are written as text in the figure's caption, for people who do not see the picture.
 */
final class PathDiagram {
    enum State {
        DONE,
        CURRENT,
        WAITING,
        STOPPED
    }

    record Step(String label, State state) {}

    private PathDiagram() {}

    static List<Step> steps(JsonNode document) {
        String status = document.path("status").asText();
        int approvals = document.path("approvals").size();
        State approvalState;
        State nodes;
        State signed;
        switch (status) {
            case "pending_approval" -> {
                approvalState = State.CURRENT;
                nodes = State.WAITING;
                signed = State.WAITING;
            }
            case "delayed" -> {
                approvalState = State.DONE;
                nodes = State.CURRENT;
                signed = State.WAITING;
            }
            case "signing" -> {
                approvalState = State.DONE;
                nodes = State.CURRENT;
                signed = State.WAITING;
            }
            case "signed" -> {
                approvalState = State.DONE;
                nodes = State.DONE;
                signed = State.DONE;
            }
            case "failed" -> {
                approvalState = State.DONE;
                nodes = State.STOPPED;
                signed = State.WAITING;
            }
            default -> {
                approvalState = State.STOPPED;
                nodes = State.WAITING;
                signed = State.WAITING;
            }
        }
        return List.of(
                new Step("Submitted", State.DONE),
                new Step("Approvals (" + approvals + ")", approvalState),
                new Step("Nodes", nodes),
                new Step("Signed", signed));
    }

    static void render(Html html, List<Step> steps) {
        StringBuilder description = new StringBuilder("Path of this request: ");
        for (int i = 0; i < steps.size(); i++) {
            description
                    .append(i == 0 ? "" : ", ")
                    .append(steps.get(i).label())
                    .append(' ')
                    .append(word(steps.get(i).state()));
        }
        html.open("figure", "class", "path");
        int width = 160 * steps.size();
        html.open(
                "svg",
                "viewBox",
                "0 0 " + width + " 70",
                "role",
                "img",
                "aria-labelledby",
                "path-caption",
                "class",
                "path-svg",
                "xmlns",
                "http://www.w3.org/2000/svg");
        for (int i = 0; i < steps.size(); i++) {
            int x = 80 + 160 * i;
            if (i > 0) {
                html.open(
                                "line",
                                "x1",
                                Integer.toString(x - 140),
                                "y1",
                                "22",
                                "x2",
                                Integer.toString(x - 20),
                                "y2",
                                "22",
                                "class",
                                "path-line path-" + css(steps.get(i).state()))
                        .close("line");
            }
            html.open(
                            "circle",
                            "cx",
                            Integer.toString(x),
                            "cy",
                            "22",
                            "r",
                            "14",
                            "class",
                            "path-dot path-" + css(steps.get(i).state()))
                    .close("circle");
            html.element(
                    "text",
                    steps.get(i).label(),
                    "x",
                    Integer.toString(x),
                    "y",
                    "60",
                    "text-anchor",
                    "middle",
                    "class",
                    "path-label");
        }
        html.close("svg");
        html.element("figcaption", description.toString(), "id", "path-caption");
        html.close("figure");
    }

    private static String word(State state) {
        return switch (state) {
            case DONE -> "done";
            case CURRENT -> "in progress";
            case WAITING -> "not yet";
            case STOPPED -> "stopped";
        };
    }

    private static String css(State state) {
        return state.name().toLowerCase(java.util.Locale.ROOT);
    }
}
