package dev.custos.detect.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.calibration.Evidence;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A credential's signing-request rate: an exponentially weighted mean of its requests per hour for each UTC hour of
 * the day (each hour of the day learns once a day, with weight {@value #LEARNING_RATE}, so about two weeks of
 * memory), and its requests of the last {@value #LONG_WINDOW_SECONDS} seconds. The p-value of a burst is the Poisson
 * chance of at least that many requests in the last minute or ten minutes at twice the credential's busiest rate
 * around this hour (twice, because real request streams are burstier than Poisson), never below a floor of
 * {@value #FLOOR_PER_HOUR} requests an hour, and doubled for looking at two windows.
 */
final class RateProfile {
    static final double LEARNING_RATE = 1.0 / 14;
    static final double FLOOR_PER_HOUR = 6;
    static final double OVERDISPERSION = 2;
    static final long SHORT_WINDOW_SECONDS = 60;
    static final long LONG_WINDOW_SECONDS = 600;
    static final int MIN_CLOSED_HOURS = 72;
    static final int MAX_RECENT = 10_000;
    private static final int MAX_CATCH_UP = 24 * 14;
    private static final int MAX_UPDATES = 1_000;

    private final double[] perHour = new double[24];
    /** How many days each hour of the day has learned (capped): the weighted mean is corrected for its zero start. */
    private final int[] updates = new int[24];

    private final Deque<Instant> recent = new ArrayDeque<>();
    private long currentHour = -1;
    private int currentCount;
    private long closedHours;

    /** True when enough hours have been learned for the rate to mean something. */
    boolean settled() {
        return closedHours >= MIN_CLOSED_HOURS;
    }

    /** The rate (requests an hour) the test assumes around the hour of {@code now}. */
    double assumedRate(Instant now) {
        int hour = (int) ((now.getEpochSecond() / 3_600) % 24);
        double busiest = Math.max(mean(hour), Math.max(mean((hour + 23) % 24), mean((hour + 1) % 24)));
        return Math.max(FLOOR_PER_HOUR, OVERDISPERSION * busiest);
    }

    /** The bias-corrected weighted mean of requests in the hour of the day {@code slot}. */
    private double mean(int slot) {
        if (updates[slot] == 0) {
            return 0;
        }
        return perHour[slot] / (1 - Math.pow(1 - LEARNING_RATE, updates[slot]));
    }

    /** Requests (including one at {@code now}) within the last {@code seconds}. */
    int countWithin(Instant now, long seconds) {
        Instant since = now.minusSeconds(seconds);
        int count = 1;
        for (var iterator = recent.descendingIterator(); iterator.hasNext(); ) {
            if (iterator.next().isBefore(since)) {
                break;
            }
            count++;
        }
        return count;
    }

    /** The burst p-value of a request at {@code now} (1 while the profile is not settled). */
    double pValue(Instant now) {
        if (!settled()) {
            return 1;
        }
        double rate = assumedRate(now) / 3_600;
        double shortTail = Evidence.poissonTail(rate * SHORT_WINDOW_SECONDS, countWithin(now, SHORT_WINDOW_SECONDS));
        double longTail = Evidence.poissonTail(rate * LONG_WINDOW_SECONDS, countWithin(now, LONG_WINDOW_SECONDS));
        return Math.min(1, 2 * Math.min(shortTail, longTail));
    }

    /** Learns a request at {@code now}. */
    void learn(Instant now) {
        long hour = now.getEpochSecond() / 3_600;
        closeHoursBefore(hour);
        currentCount++;
        recent.addLast(now);
        Instant oldest = now.minusSeconds(LONG_WINDOW_SECONDS);
        while (!recent.isEmpty() && (recent.peekFirst().isBefore(oldest) || recent.size() > MAX_RECENT)) {
            recent.removeFirst();
        }
    }

    private void closeHoursBefore(long hour) {
        if (currentHour < 0) {
            currentHour = hour;
            return;
        }
        if (hour <= currentHour) {
            return;
        }
        close(currentHour, currentCount);
        long gap = hour - currentHour - 1;
        for (long skipped = 1; skipped <= Math.min(gap, MAX_CATCH_UP); skipped++) {
            close(currentHour + skipped, 0);
        }
        closedHours += Math.max(0, gap - MAX_CATCH_UP);
        currentHour = hour;
        currentCount = 0;
    }

    private void close(long hour, int count) {
        int slot = (int) (hour % 24);
        // Winsorised: one extreme hour (an attack among them) moves the baseline by a bounded step.
        double learned = updates[slot] == 0 ? count : Math.min(count, 3 * mean(slot) + 10);
        perHour[slot] += LEARNING_RATE * (learned - perHour[slot]);
        updates[slot] = Math.min(MAX_UPDATES, updates[slot] + 1);
        closedHours++;
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        ArrayNode hours = node.putArray("per_hour");
        for (double rate : perHour) {
            hours.add(rate);
        }
        ArrayNode learned = node.putArray("updates");
        for (int count : updates) {
            learned.add(count);
        }
        node.put("current_hour", currentHour);
        node.put("current_count", currentCount);
        node.put("closed_hours", closedHours);
        ArrayNode times = node.putArray("recent");
        recent.forEach(time -> times.add(time.toString()));
        return node;
    }

    static RateProfile fromState(JsonNode state) {
        RateProfile profile = new RateProfile();
        JsonNode hours = StateJson.array(state, "per_hour");
        if (hours.size() != 24) {
            throw new InvalidStateException("per_hour must hold 24 rates");
        }
        for (int i = 0; i < 24; i++) {
            JsonNode rate = hours.get(i);
            if (!rate.isNumber() || !(rate.asDouble() >= 0) || Double.isInfinite(rate.asDouble())) {
                throw new InvalidStateException("per_hour rates must be finite non-negative numbers");
            }
            profile.perHour[i] = rate.asDouble();
        }
        JsonNode learned = StateJson.array(state, "updates");
        if (learned.size() != 24) {
            throw new InvalidStateException("updates must hold 24 counts");
        }
        for (int i = 0; i < 24; i++) {
            JsonNode count = learned.get(i);
            if (!count.canConvertToInt() || count.asInt() < 0 || count.asInt() > MAX_UPDATES) {
                throw new InvalidStateException("updates must be counts in 0.." + MAX_UPDATES);
            }
            profile.updates[i] = count.asInt();
        }
        JsonNode current = state.get("current_hour");
        if (current == null || !current.canConvertToLong() || current.asLong() < -1) {
            throw new InvalidStateException("current_hour must be an hour number or -1");
        }
        profile.currentHour = current.asLong();
        profile.currentCount = (int) Math.min(Integer.MAX_VALUE, StateJson.count(state, "current_count"));
        profile.closedHours = StateJson.count(state, "closed_hours");
        JsonNode times = StateJson.array(state, "recent");
        if (times.size() > MAX_RECENT) {
            throw new InvalidStateException("recent holds more than " + MAX_RECENT + " requests");
        }
        for (JsonNode time : times) {
            profile.recent.addLast(StateJson.instantValue(time, "recent request time"));
        }
        return profile;
    }
}
