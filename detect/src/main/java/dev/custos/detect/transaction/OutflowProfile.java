package dev.custos.detect.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One wallet's requested outflow by clock hour and by day, for the last {@value #HOURS} hours and {@value #DAYS}
 * days (hours and days with nothing requested count as zero), and its requests of the last 24 hours. The p-value of
 * a rolling hour's or day's outflow is its conformal rank among the closed hours or days ({@code (#{past >= x} + 1)
 * / (n + 1)}), continued beyond the largest past value by a Pareto tail of index 2, doubled because a rolling window
 * can straddle two clock buckets and doubled again for testing two windows.
 */
final class OutflowProfile {
    static final int HOURS = 28 * 24;
    static final int DAYS = 28;
    static final int MAX_RECENT = 10_000;

    private final double[] hourly = new double[HOURS];
    private final double[] daily = new double[DAYS];
    private final Deque<double[]> recent = new ArrayDeque<>();
    private long currentHour = -1;
    private double currentHourSum;
    private double currentDaySum;
    private long closedHours;
    private long closedDays;
    private long requests;

    long requests() {
        return requests;
    }

    long closedHours() {
        return closedHours;
    }

    /** The requested outflow in the {@code seconds} before {@code now}, plus {@code amount}. */
    double windowOutflow(Instant now, long seconds, double amount) {
        double since = now.getEpochSecond() - seconds;
        double sum = amount;
        for (var iterator = recent.descendingIterator(); iterator.hasNext(); ) {
            double[] entry = iterator.next();
            if (entry[0] <= since) {
                break;
            }
            sum += entry[1];
        }
        return sum;
    }

    /** The p-value of an hour's outflow against the closed hours. */
    double hourPValue(double outflow) {
        return rank(hourly, (int) Math.min(HOURS, closedHours), outflow);
    }

    /** The p-value of a day's outflow against the closed days (1 with fewer than 7 days). */
    double dayPValue(double outflow) {
        return closedDays < 7 ? 1 : rank(daily, (int) Math.min(DAYS, closedDays), outflow);
    }

    /** The largest closed hour. */
    double largestHour() {
        return largest(hourly, (int) Math.min(HOURS, closedHours));
    }

    /** The largest closed day. */
    double largestDay() {
        return largest(daily, (int) Math.min(DAYS, closedDays));
    }

    private static double largest(double[] values, int count) {
        double max = 0;
        for (int i = 0; i < count; i++) {
            max = Math.max(max, values[i]);
        }
        return max;
    }

    private static double rank(double[] values, int count, double outflow) {
        if (count == 0 || outflow <= 0) {
            return 1;
        }
        int atLeast = 0;
        double max = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] >= outflow) {
                atLeast++;
            }
            max = Math.max(max, values[i]);
        }
        double p = (atLeast + 1.0) / (count + 1.0);
        if (atLeast == 0 && max > 0) {
            p *= Math.pow(max / outflow, 2);
        }
        return Math.min(1, p);
    }

    /** Learns a request of {@code amount} at {@code now}. */
    void learn(Instant now, double amount) {
        long hour = now.getEpochSecond() / 3_600;
        if (currentHour < 0) {
            currentHour = hour;
        }
        while (currentHour < hour) {
            closeHour();
            long gap = hour - currentHour;
            if (gap > HOURS + 48) {
                // A long pause: every bucket will be zero anyway; skip whole days of closing zeros.
                long skip = (gap - HOURS - 24) / 24 * 24;
                closedHours += skip;
                closedDays += skip / 24;
                currentHour += skip;
            }
        }
        currentHourSum += amount;
        currentDaySum += amount;
        requests++;
        recent.addLast(new double[] {now.getEpochSecond(), amount});
        double oldest = now.getEpochSecond() - 86_400;
        while (!recent.isEmpty() && (recent.peekFirst()[0] <= oldest || recent.size() > MAX_RECENT)) {
            recent.removeFirst();
        }
    }

    private void closeHour() {
        hourly[(int) (closedHours % HOURS)] = currentHourSum;
        closedHours++;
        currentHourSum = 0;
        currentHour++;
        if (currentHour % 24 == 0) {
            daily[(int) (closedDays % DAYS)] = currentDaySum;
            closedDays++;
            currentDaySum = 0;
        }
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        ArrayNode hours = node.putArray("hourly");
        for (double value : hourly) {
            hours.add(value);
        }
        ArrayNode days = node.putArray("daily");
        for (double value : daily) {
            days.add(value);
        }
        node.put("current_hour", currentHour);
        node.put("current_hour_sum", currentHourSum);
        node.put("current_day_sum", currentDaySum);
        node.put("closed_hours", closedHours);
        node.put("closed_days", closedDays);
        node.put("requests", requests);
        ArrayNode entries = node.putArray("recent");
        recent.forEach(entry -> entries.addArray().add((long) entry[0]).add(entry[1]));
        return node;
    }

    static OutflowProfile fromState(JsonNode state) {
        OutflowProfile profile = new OutflowProfile();
        readAmounts(StateJson.array(state, "hourly"), profile.hourly, "hourly");
        readAmounts(StateJson.array(state, "daily"), profile.daily, "daily");
        JsonNode current = state.get("current_hour");
        if (current == null || !current.canConvertToLong() || current.asLong() < -1) {
            throw new InvalidStateException("current_hour must be an hour number or -1");
        }
        profile.currentHour = current.asLong();
        profile.currentHourSum = StateJson.number(state, "current_hour_sum", 0);
        profile.currentDaySum = StateJson.number(state, "current_day_sum", 0);
        profile.closedHours = StateJson.count(state, "closed_hours");
        profile.closedDays = StateJson.count(state, "closed_days");
        profile.requests = StateJson.count(state, "requests");
        JsonNode entries = StateJson.array(state, "recent");
        if (entries.size() > MAX_RECENT) {
            throw new InvalidStateException("recent holds more than " + MAX_RECENT + " requests");
        }
        for (JsonNode entry : entries) {
            if (!entry.isArray()
                    || entry.size() != 2
                    || !entry.get(0).canConvertToLong()
                    || !entry.get(1).isNumber()
                    || !(entry.get(1).asDouble() >= 0)) {
                throw new InvalidStateException("recent entries must be [epoch second, amount >= 0]");
            }
            profile.recent.addLast(
                    new double[] {entry.get(0).asLong(), entry.get(1).asDouble()});
        }
        return profile;
    }

    private static void readAmounts(JsonNode values, double[] target, String field) {
        if (values.size() != target.length) {
            throw new InvalidStateException(field + " must hold " + target.length + " amounts");
        }
        for (int i = 0; i < target.length; i++) {
            JsonNode value = values.get(i);
            if (!value.isNumber() || !(value.asDouble() >= 0) || Double.isInfinite(value.asDouble())) {
                throw new InvalidStateException(field + " amounts must be finite non-negative numbers");
            }
            target[i] = value.asDouble();
        }
    }
}
