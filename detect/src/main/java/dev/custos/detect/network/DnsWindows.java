package dev.custos.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One host's DNS questions per registered domain in windows of {@value #WINDOW_SECONDS} seconds: the unique names
 * below the domain (at most {@value #MAX_UNIQUE} kept), their mean length of longest label and mean character
 * entropy; at most {@value #MAX_DOMAINS} domains open at a time. The host's typical number of unique names per
 * domain and window is kept as a decayed mean of closed windows, and the shape of its names as a {@link LabelProfile}
 * learned from the closed windows that raised no finding.
 */
final class DnsWindows {
    static final long WINDOW_SECONDS = 3_600;
    static final int MAX_DOMAINS = 64;
    static final int MAX_UNIQUE = 512;
    /** The weight of one closed window in the typical count (an exponential moving average). */
    static final double TYPICAL_WEIGHT = 0.02;

    /** One registered domain's window. */
    static final class Window {
        final long start;
        final Set<String> unique = new LinkedHashSet<>();
        double entropySum;
        double entropySquares;
        double longestSum;
        double longestSquares;
        int reportedUnique;

        Window(long start) {
            this.start = start;
        }

        double meanEntropy() {
            return unique.isEmpty() ? 0 : entropySum / unique.size();
        }

        double meanLongest() {
            return unique.isEmpty() ? 0 : longestSum / unique.size();
        }
    }

    private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();
    private double typical = 1;
    private LabelProfile profile = new LabelProfile();

    /**
     * Records a question; returns its domain's window (null when the name has no subdomain). Windows that close on the
     * way and raised no finding are learned into the host's profile and handed to {@code learned}.
     */
    Window ask(String registered, String subdomain, long second, Consumer<Window> learned) {
        closeOlderThan(second - WINDOW_SECONDS, learned);
        if (subdomain.isEmpty()) {
            return null;
        }
        Window window = windows.get(registered);
        if (window == null) {
            window = new Window(second);
            windows.put(registered, window);
            if (windows.size() > MAX_DOMAINS) {
                Iterator<Window> oldest = windows.values().iterator();
                close(oldest.next(), learned);
                oldest.remove();
            }
        }
        if (window.unique.size() < MAX_UNIQUE && window.unique.add(subdomain)) {
            double entropy = DnsNames.entropy(subdomain);
            int longest = DnsNames.longestLabel(subdomain);
            window.entropySum += entropy;
            window.entropySquares += entropy * entropy;
            window.longestSum += longest;
            window.longestSquares += (double) longest * longest;
        }
        return window;
    }

    /** The host's typical number of unique names per domain and window (at least 1). */
    double typical() {
        return typical;
    }

    /** The shape of the host's names, learned from closed windows that raised no finding. */
    LabelProfile profile() {
        return profile;
    }

    private void closeOlderThan(long since, Consumer<Window> learned) {
        Iterator<Map.Entry<String, Window>> iterator = windows.entrySet().iterator();
        while (iterator.hasNext()) {
            Window window = iterator.next().getValue();
            if (window.start < since) {
                close(window, learned);
                iterator.remove();
            }
        }
    }

    private void close(Window window, Consumer<Window> learned) {
        typical = Math.max(1, (1 - TYPICAL_WEIGHT) * typical + TYPICAL_WEIGHT * window.unique.size());
        if (window.reportedUnique == 0) {
            profile.learn(window);
            learned.accept(window);
        }
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("typical", typical);
        node.set("profile", profile.toState());
        ArrayNode open = node.putArray("windows");
        windows.forEach((domain, window) -> {
            ObjectNode entry = open.addObject().put("domain", domain).put("start", window.start);
            entry.put("entropy_sum", window.entropySum).put("longest_sum", window.longestSum);
            entry.put("entropy_squares", window.entropySquares).put("longest_squares", window.longestSquares);
            entry.put("reported_unique", window.reportedUnique);
            ArrayNode names = entry.putArray("unique");
            window.unique.forEach(names::add);
        });
        return node;
    }

    void restore(JsonNode node) {
        typical = StateJson.number(node, "typical", 1);
        profile = node.hasNonNull("profile")
                ? LabelProfile.fromState(StateJson.object(node, "profile"))
                : new LabelProfile();
        windows.clear();
        JsonNode open = StateJson.array(node, "windows");
        if (open.size() > MAX_DOMAINS) {
            throw new InvalidStateException("more than " + MAX_DOMAINS + " DNS windows on a host");
        }
        for (JsonNode entry : open) {
            Window window = new Window(StateJson.count(entry, "start"));
            window.entropySum = StateJson.number(entry, "entropy_sum", 0);
            window.longestSum = StateJson.number(entry, "longest_sum", 0);
            // A window written before the squares were kept counts as having no spread.
            window.entropySquares = entry.has("entropy_squares") ? StateJson.number(entry, "entropy_squares", 0) : 0;
            window.longestSquares = entry.has("longest_squares") ? StateJson.number(entry, "longest_squares", 0) : 0;
            window.reportedUnique = (int) StateJson.count(entry, "reported_unique");
            JsonNode names = StateJson.array(entry, "unique");
            if (names.size() > MAX_UNIQUE) {
                throw new InvalidStateException("more than " + MAX_UNIQUE + " names in a DNS window");
            }
            for (JsonNode name : names) {
                if (!name.isTextual()) {
                    throw new InvalidStateException("a DNS name is not a string");
                }
                window.unique.add(name.asText());
            }
            windows.put(StateJson.text(entry, "domain"), window);
        }
    }
}
