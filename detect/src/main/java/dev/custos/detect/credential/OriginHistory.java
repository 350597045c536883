package dev.custos.detect.credential;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.baseline.CategoryHistory;
import dev.custos.detect.calibration.Evidence;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where one credential is used from, for one attribute (its network or its client): a decayed history in which each
 * value counts at most once per hour (so a machine-speed burst weighs as much as one ordinary hour), with learning
 * hygiene: a value that was itself flagged as rare is not learned at once but kept in quarantine until it has been
 * seen on {@value #QUARANTINE_DAYS} different days, so an attacker's network stays new for the whole of a drain.
 */
final class OriginHistory {
    static final Duration HALF_LIFE = Duration.ofDays(30);
    static final int MAX_VALUES = 32;
    static final int QUARANTINE_DAYS = 3;
    static final int MAX_PENDING = 64;
    /** Below this p-value a value is "flagged" and goes to quarantine instead of the history. */
    static final double QUARANTINE_BELOW = 0.01;

    private final CategoryHistory history;
    private final Map<String, Long> lastHour = new LinkedHashMap<>();
    private final Map<String, QuarantinedValue> quarantine = new TreeMap<>();

    OriginHistory() {
        this(new CategoryHistory(HALF_LIFE, MAX_VALUES));
    }

    private OriginHistory(CategoryHistory history) {
        this.history = history;
    }

    /** The decayed number of hours of use behind this history. */
    double weight(Instant now) {
        return history.weight(now);
    }

    /** How rare {@code value} is for the credential: its rarity p-value (1 with no history). */
    double pValue(String value, Instant now) {
        double total = history.weight(now);
        if (total <= 0) {
            return 1;
        }
        return Evidence.rarity(
                history.weightAtMostAsFrequent(value, now), total, Math.max(1, history.distinctValues()));
    }

    /** True when the value has been used by the credential before (and not forgotten). */
    boolean known(String value) {
        return history.known(value);
    }

    int distinctValues() {
        return history.distinctValues();
    }

    /** Learns one use of {@code value}, whose p-value at this use was {@code pValue}. */
    void learn(String value, double pValue, Instant now) {
        long hour = now.getEpochSecond() / 3_600;
        if (pValue < QUARANTINE_BELOW && !history.known(value)) {
            QuarantinedValue pending = quarantine.computeIfAbsent(value, ignored -> new QuarantinedValue());
            pending.lastDay = hour / 24;
            if (pending.days.isEmpty() || pending.days.getLast().longValue() != hour / 24) {
                pending.days.addLast(hour / 24);
            }
            if (pending.days.size() < QUARANTINE_DAYS) {
                trimQuarantine();
                return;
            }
            quarantine.remove(value);
        }
        Long seen = lastHour.get(value);
        if (seen != null && seen == hour) {
            return;
        }
        lastHour.remove(value);
        lastHour.put(value, hour);
        if (lastHour.size() > MAX_VALUES * 2) {
            Iterator<Long> oldest = lastHour.values().iterator();
            oldest.next();
            oldest.remove();
        }
        history.observe(value, now);
    }

    private void trimQuarantine() {
        while (quarantine.size() > MAX_PENDING) {
            String stalest = null;
            long stalestDay = Long.MAX_VALUE;
            for (Map.Entry<String, QuarantinedValue> entry : quarantine.entrySet()) {
                if (entry.getValue().lastDay < stalestDay) {
                    stalest = entry.getKey();
                    stalestDay = entry.getValue().lastDay;
                }
            }
            quarantine.remove(stalest);
        }
    }

    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.set("history", history.toState());
        ArrayNode hours = node.putArray("last_hour");
        lastHour.forEach((value, hour) -> hours.addObject().put("value", value).put("hour", hour));
        ArrayNode pending = node.putArray("quarantine");
        quarantine.forEach((value, entry) -> {
            ObjectNode item = pending.addObject().put("value", value).put("last_day", entry.lastDay);
            ArrayNode days = item.putArray("days");
            entry.days.forEach(days::add);
        });
        return node;
    }

    static OriginHistory fromState(JsonNode state) {
        OriginHistory origins =
                new OriginHistory(CategoryHistory.fromState(StateJson.object(state, "history"), HALF_LIFE, MAX_VALUES));
        JsonNode hours = StateJson.array(state, "last_hour");
        if (hours.size() > MAX_VALUES * 2) {
            throw new InvalidStateException("last_hour holds more than " + MAX_VALUES * 2 + " values");
        }
        for (JsonNode entry : hours) {
            origins.lastHour.put(StateJson.text(entry, "value"), StateJson.count(entry, "hour"));
        }
        JsonNode pending = StateJson.array(state, "quarantine");
        if (pending.size() > MAX_PENDING) {
            throw new InvalidStateException("quarantine holds more than " + MAX_PENDING + " values");
        }
        for (JsonNode entry : pending) {
            QuarantinedValue value = new QuarantinedValue();
            value.lastDay = StateJson.count(entry, "last_day");
            JsonNode days = StateJson.array(entry, "days");
            if (days.size() >= QUARANTINE_DAYS) {
                throw new InvalidStateException("a quarantined value has " + days.size() + " days");
            }
            for (JsonNode day : days) {
                if (!day.canConvertToLong() || day.asLong() < 0) {
                    throw new InvalidStateException("quarantine days must be non-negative integers");
                }
                value.days.addLast(day.asLong());
            }
            origins.quarantine.put(StateJson.text(entry, "value"), value);
        }
        return origins;
    }

    private static final class QuarantinedValue {
        private final ArrayDeque<Long> days = new ArrayDeque<>();
        private long lastDay;
    }
}
