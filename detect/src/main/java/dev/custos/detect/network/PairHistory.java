package dev.custos.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;

/**
 * One host's connections to one destination: when it first connected, how often, and the times and bytes sent of the
 * last {@value #KEPT} connections (a ring, grown from {@value #INITIAL} as needed: most destinations of a host see a
 * handful of connections), which the beacon score reads.
 */
final class PairHistory {
    static final int KEPT = 48;
    static final int INITIAL = 4;

    private final long firstSeen;
    private long connections;
    private long[] times = new long[INITIAL];
    private long[] bytes = new long[INITIAL];
    private int next;
    private int size;
    private long lastReported;
    private String launchedAfter;

    PairHistory(long firstSeen) {
        this.firstSeen = firstSeen;
    }

    void add(long second, long bytesOut) {
        if (size == times.length && size < KEPT) {
            int capacity = Math.min(KEPT, 2 * size);
            long[] grownTimes = new long[capacity];
            long[] grownBytes = new long[capacity];
            for (int i = 0; i < size; i++) {
                grownTimes[i] = times[index(i)];
                grownBytes[i] = bytes[index(i)];
            }
            times = grownTimes;
            bytes = grownBytes;
            next = size;
        }
        times[next] = second;
        bytes[next] = bytesOut;
        next = (next + 1) % times.length;
        size = Math.min(times.length, size + 1);
        connections++;
    }

    long firstSeen() {
        return firstSeen;
    }

    long connections() {
        return connections;
    }

    long lastReported() {
        return lastReported;
    }

    /** What was run or installed on the host shortly before the pair's first connection, or null. */
    String launchedAfter() {
        return launchedAfter;
    }

    void launchedAfter(String launch) {
        this.launchedAfter = launch;
    }

    void reported(long second) {
        lastReported = second;
    }

    /** The kept connection times at or after {@code since}, oldest first. */
    long[] timesSince(long since) {
        return select(since, false);
    }

    /** The bytes sent by the kept connections at or after {@code since} (−1 where unknown), oldest first. */
    long[] bytesSince(long since) {
        return select(since, true);
    }

    private long[] select(long since, boolean selectBytes) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (times[index(i)] >= since) {
                count++;
            }
        }
        long[] selected = new long[count];
        int j = 0;
        for (int i = 0; i < size; i++) {
            int at = index(i);
            if (times[at] >= since) {
                selected[j++] = selectBytes ? bytes[at] : times[at];
            }
        }
        return selected;
    }

    /** The ring position of the i-th oldest kept connection. */
    private int index(int i) {
        return Math.floorMod(next - size + i, times.length);
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("first_seen", firstSeen).put("connections", connections).put("last_reported", lastReported);
        if (launchedAfter != null) {
            node.put("launched_after", launchedAfter);
        }
        ArrayNode kept = node.putArray("kept");
        for (int i = 0; i < size; i++) {
            kept.addArray().add(times[index(i)]).add(bytes[index(i)]);
        }
        return node;
    }

    static PairHistory fromState(JsonNode node) {
        PairHistory pair = new PairHistory(StateJson.count(node, "first_seen"));
        JsonNode kept = StateJson.array(node, "kept");
        if (kept.size() > KEPT) {
            throw new InvalidStateException("more than " + KEPT + " connections kept for a destination");
        }
        for (JsonNode connection : kept) {
            if (!connection.isArray()
                    || connection.size() != 2
                    || !connection.get(0).canConvertToLong()
                    || !connection.get(1).canConvertToLong()) {
                throw new InvalidStateException("a kept connection must be [time, bytes]");
            }
            pair.add(connection.get(0).longValue(), connection.get(1).longValue());
        }
        long connections = StateJson.count(node, "connections");
        if (connections < pair.size) {
            throw new InvalidStateException("connections below the number kept");
        }
        pair.connections = connections;
        pair.lastReported = StateJson.count(node, "last_reported");
        pair.launchedAfter = StateJson.optionalText(node, "launched_after");
        return pair;
    }
}
