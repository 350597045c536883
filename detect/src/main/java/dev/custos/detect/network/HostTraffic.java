package dev.custos.detect.network;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One host's outbound traffic: the external destinations it used (the {@value #MAX_DESTINATIONS} most recently used,
 * each with its {@link PairHistory}), how many connections and distinct destinations it had in all, its outbound
 * bytes per hour over the last {@value #HOURS} hours, and its open DNS windows.
 */
final class HostTraffic {
    static final int MAX_DESTINATIONS = 256;
    static final int HOURS = 14 * 24;

    private final long firstSeen;
    private long connections;
    private long distinct;
    private final LinkedHashMap<String, PairHistory> destinations = new LinkedHashMap<>(16, 0.75f, true);
    private final long[] hourly = new long[HOURS];
    private long currentHour = -1;
    private int exfilScoreThisHour;
    final DnsWindows dns = new DnsWindows();
    private long lastLaunch = -1;
    private String lastLaunchDescription;
    private long lastPersistence = -1;
    private String lastPersistenceDescription;

    HostTraffic(long firstSeen) {
        this.firstSeen = firstSeen;
    }

    long firstSeen() {
        return firstSeen;
    }

    long connections() {
        return connections;
    }

    long distinct() {
        return distinct;
    }

    /** The history of the pair, or null when the host has not used (or has forgotten) the destination. */
    PairHistory pair(String destination) {
        return destinations.get(destination);
    }

    /** Records a connection to {@code destination}; returns its history (new when the destination is new). */
    PairHistory connect(String destination, long second, long bytesOut) {
        PairHistory pair = destinations.get(destination);
        if (pair == null) {
            pair = new PairHistory(second);
            destinations.put(destination, pair);
            distinct++;
            if (destinations.size() > MAX_DESTINATIONS) {
                destinations.remove(destinations.keySet().iterator().next());
            }
        }
        pair.add(second, bytesOut);
        connections++;
        return pair;
    }

    /** Records a file run or a package installed on the host. */
    void launched(long second, String description) {
        lastLaunch = second;
        lastLaunchDescription = description;
    }

    /** Records a start-up item created on the host. */
    void persisted(long second, String description) {
        lastPersistence = second;
        lastPersistenceDescription = description;
    }

    /** The last launch on the host at most {@code window} seconds before {@code second} (and not after), or null. */
    String launchBefore(long second, long window) {
        return lastLaunch >= 0 && lastLaunch <= second && second - lastLaunch <= window ? lastLaunchDescription : null;
    }

    /** The last start-up item created on the host from {@code since} on, or null. */
    String persistenceSince(long since) {
        return lastPersistence >= 0 && lastPersistence >= since ? lastPersistenceDescription : null;
    }

    /** Adds outbound bytes in the hour of {@code second}; returns the hour's total so far. */
    long addOutbound(long second, long bytes) {
        long hour = Math.floorDiv(second, 3_600);
        if (hour != currentHour) {
            long from = currentHour < 0 ? hour : Math.max(currentHour + 1, hour - HOURS + 1);
            for (long h = from; h <= hour; h++) {
                hourly[Math.floorMod(h, HOURS)] = 0;
            }
            currentHour = hour;
            exfilScoreThisHour = 0;
        }
        int slot = Math.floorMod(hour, HOURS);
        hourly[slot] += Math.max(0, bytes);
        return hourly[slot];
    }

    /** The outbound totals of the earlier hours of the ring that had traffic (the current hour excluded). */
    long[] activeEarlierHours() {
        int current = Math.floorMod(currentHour, HOURS);
        int count = 0;
        for (int i = 0; i < HOURS; i++) {
            if (i != current && hourly[i] > 0) {
                count++;
            }
        }
        long[] active = new long[count];
        int j = 0;
        for (int i = 0; i < HOURS; i++) {
            if (i != current && hourly[i] > 0) {
                active[j++] = hourly[i];
            }
        }
        return active;
    }

    int exfilScoreThisHour() {
        return exfilScoreThisHour;
    }

    void exfilReported(int score) {
        exfilScoreThisHour = score;
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("first_seen", firstSeen).put("connections", connections).put("distinct", distinct);
        node.put("current_hour", currentHour).put("exfil_score_this_hour", exfilScoreThisHour);
        ArrayNode hours = node.putArray("hourly_bytes");
        for (long total : hourly) {
            hours.add(total);
        }
        ArrayNode pairs = node.putArray("destinations");
        for (Map.Entry<String, PairHistory> entry : destinations.entrySet()) {
            pairs.addObject()
                    .put("destination", entry.getKey())
                    .set("history", entry.getValue().toState());
        }
        node.set("dns", dns.toState());
        if (lastLaunch >= 0) {
            node.put("last_launch", lastLaunch).put("last_launch_description", lastLaunchDescription);
        }
        if (lastPersistence >= 0) {
            node.put("last_persistence", lastPersistence)
                    .put("last_persistence_description", lastPersistenceDescription);
        }
        return node;
    }

    static HostTraffic fromState(JsonNode node) {
        HostTraffic traffic = new HostTraffic(StateJson.count(node, "first_seen"));
        traffic.connections = StateJson.count(node, "connections");
        traffic.distinct = StateJson.count(node, "distinct");
        JsonNode hour = node.get("current_hour");
        if (hour == null || !hour.isIntegralNumber() || hour.longValue() < -1) {
            throw new InvalidStateException("current_hour is not an hour number");
        }
        traffic.currentHour = hour.longValue();
        traffic.exfilScoreThisHour = (int) StateJson.count(node, "exfil_score_this_hour");
        JsonNode hours = StateJson.array(node, "hourly_bytes");
        if (hours.size() != HOURS) {
            throw new InvalidStateException("hourly_bytes must hold " + HOURS + " hours");
        }
        for (int i = 0; i < HOURS; i++) {
            if (!hours.get(i).canConvertToLong() || hours.get(i).longValue() < 0) {
                throw new InvalidStateException("hourly_bytes must hold non-negative integers");
            }
            traffic.hourly[i] = hours.get(i).longValue();
        }
        JsonNode pairs = StateJson.array(node, "destinations");
        if (pairs.size() > MAX_DESTINATIONS) {
            throw new InvalidStateException("more than " + MAX_DESTINATIONS + " destinations on a host");
        }
        for (JsonNode entry : pairs) {
            traffic.destinations.put(
                    StateJson.text(entry, "destination"), PairHistory.fromState(StateJson.object(entry, "history")));
        }
        traffic.dns.restore(StateJson.object(node, "dns"));
        if (node.has("last_launch")) {
            traffic.launched(StateJson.count(node, "last_launch"), StateJson.text(node, "last_launch_description"));
        }
        if (node.has("last_persistence")) {
            traffic.persisted(
                    StateJson.count(node, "last_persistence"), StateJson.text(node, "last_persistence_description"));
        }
        return traffic;
    }
}
