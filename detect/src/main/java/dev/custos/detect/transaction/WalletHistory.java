package dev.custos.detect.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.intel.Addresses;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a wallet usually does: its counterparties, the distribution of its request amounts (log scale), its recent
 * outflow and its balance. Bounded: at most {@value #MAX_COUNTERPARTIES} counterparties are remembered; past that,
 * the one with the least recency-weighted use (each use counts 1, halving every {@link #USE_HALF_LIFE}) is
 * forgotten, so a new counterparty always enters and stale ones leave first. Independently of that bound, every
 * destination requested in the last {@link #VELOCITY_WINDOW} (at most {@value #MAX_RECENT} requests) counts as
 * requested, so a transfer that a recent request named is never taken for an unrequested one.
 */
final class WalletHistory {
    static final int MAX_COUNTERPARTIES = 512;
    static final Duration VELOCITY_WINDOW = Duration.ofHours(24);
    static final int MAX_RECENT = 10_000;
    static final Duration USE_HALF_LIFE = Duration.ofDays(30);
    /**
     * Counterparties whose rank exceeds the lowest by more than this (in halvings; 1e-6 is far above both rounding
     * and the 1 ms granularity of weight decay, about 4e-10 halvings) cannot be the least used.
     */
    private static final double RANK_SLACK = 1e-6;

    /** Sorted by address, so that listing them in a fixed order needs no sort. */
    private final Map<String, Counterparty> counterparties = new TreeMap<>();
    /** The counterparties by {@link Addresses#lookAlikeKey}: the only ones an address can look like. */
    private final Map<String, TreeSet<String>> lookAlikeIndex = new HashMap<>();

    private final Deque<Outflow> recent = new ArrayDeque<>();
    private final Map<String, Integer> recentDestinations = new HashMap<>();
    private long requests;
    private long requestsToKnown;
    private double meanLogAmount;
    private double squaredDeviations;
    private double maxAmount;
    private double maxWindowOutflow;
    private double balance = Double.NaN;
    private double windowSum;

    long requests() {
        return requests;
    }

    /**
     * The chance that this wallet's next request goes to a destination it never paid, from its own history: the
     * share of its requests that did, with a Jeffreys prior (half a new and half a known destination), so a wallet
     * with few requests is not taken as certain either way.
     */
    double newDestinationRate() {
        return (requests - requestsToKnown + 0.5) / (requests + 1.0);
    }

    /** Share of past requests that went to an already-known counterparty. */
    double recurringShare() {
        return requests == 0 ? 0 : (double) requestsToKnown / requests;
    }

    boolean knows(String address) {
        return counterparties.containsKey(address);
    }

    /** True when a request in the last {@link #VELOCITY_WINDOW} up to {@code now} named {@code address}. */
    boolean requestedRecently(String address, Instant now) {
        expire(now);
        return recentDestinations.containsKey(address);
    }

    Counterparty counterparty(String address) {
        return counterparties.get(address);
    }

    /** Known counterparties in a fixed order (by address). */
    List<String> counterpartyAddresses() {
        return new ArrayList<>(counterparties.keySet());
    }

    /**
     * The known counterparties that share {@code address}'s {@link Addresses#lookAlikeKey}, by address: every one it
     * can {@link Addresses#lookAlike look like}, without scanning them all.
     */
    List<String> lookAlikeCandidates(String address) {
        TreeSet<String> candidates =
                Addresses.lookAlikeKey(address).map(lookAlikeIndex::get).orElse(null);
        return candidates == null ? List.of() : new ArrayList<>(candidates);
    }

    private void index(String address) {
        Addresses.lookAlikeKey(address)
                .ifPresent(key -> lookAlikeIndex
                        .computeIfAbsent(key, ignored -> new TreeSet<>())
                        .add(address));
    }

    private void unindex(String address) {
        Addresses.lookAlikeKey(address).ifPresent(key -> {
            TreeSet<String> addresses = lookAlikeIndex.get(key);
            addresses.remove(address);
            if (addresses.isEmpty()) {
                lookAlikeIndex.remove(key);
            }
        });
    }

    double meanLogAmount() {
        return meanLogAmount;
    }

    double standardDeviationLogAmount() {
        return requests < 2 ? 0 : Math.sqrt(squaredDeviations / (requests - 1));
    }

    double maxAmount() {
        return maxAmount;
    }

    /** The largest 24-hour outflow seen before now. */
    double maxWindowOutflow() {
        return maxWindowOutflow;
    }

    /** The balance last reported, NaN when never reported. */
    double balance() {
        return balance;
    }

    /** Requested outflow in the 24 hours up to {@code now}, not counting a new request. */
    double windowOutflow(Instant now) {
        expire(now);
        return Math.max(0, windowSum);
    }

    void reportBalance(double balanceUsd) {
        if (balanceUsd >= 0 && Double.isFinite(balanceUsd)) {
            balance = balanceUsd;
        }
    }

    /** Learns a signing request. */
    void learnRequest(String destination, double amountUsd, Instant now) {
        if (destination != null && knows(destination)) {
            requestsToKnown++;
        }
        requests++;
        double logAmount = Math.log10(1 + Math.max(0, amountUsd));
        double delta = logAmount - meanLogAmount;
        meanLogAmount += delta / requests;
        squaredDeviations += delta * (logAmount - meanLogAmount);
        maxAmount = Math.max(maxAmount, amountUsd);
        expire(now);
        addRecent(new Outflow(now, amountUsd, destination));
        if (recent.size() > MAX_RECENT) {
            removeOldestRecent();
        }
        maxWindowOutflow = Math.max(maxWindowOutflow, windowOutflow(now));
        if (destination != null) {
            learnCounterparty(destination, now);
            Counterparty counterparty = counterparties.get(destination);
            counterparty.maxAmount = Math.max(counterparty.maxAmount, amountUsd);
        }
    }

    /** Learns an address as a counterparty (a destination paid, or an allowlist entry). */
    void learnCounterparty(String address, Instant now) {
        Counterparty counterparty = counterparties.get(address);
        if (counterparty == null) {
            if (counterparties.size() >= MAX_COUNTERPARTIES) {
                forgetLeastUsed(now);
            }
            counterparty = new Counterparty(now);
            counterparties.put(address, counterparty);
            index(address);
        }
        counterparty.weight = counterparty.weightAt(now) + 1;
        counterparty.uses++;
        counterparty.lastSeen = now;
        counterparty.refreshRank();
    }

    /** The state, for checkpoints. */
    ObjectNode toState() {
        ObjectNode node = StateJson.object();
        node.put("requests", requests);
        node.put("requests_to_known", requestsToKnown);
        node.put("mean_log_amount", meanLogAmount);
        node.put("squared_deviations", squaredDeviations);
        node.put("max_amount", maxAmount);
        node.put("max_window_outflow", maxWindowOutflow);
        if (!Double.isNaN(balance)) {
            node.put("balance", balance);
        }
        ArrayNode recentStates = node.putArray("recent");
        for (Outflow outflow : recent) {
            ObjectNode entry = recentStates
                    .addObject()
                    .put("time", outflow.time().toString())
                    .put("amount", outflow.amount());
            if (outflow.destination() != null) {
                entry.put("destination", outflow.destination());
            }
        }
        ArrayNode counterpartyStates = node.putArray("counterparties");
        for (String address : counterpartyAddresses()) {
            Counterparty counterparty = counterparties.get(address);
            counterpartyStates
                    .addObject()
                    .put("address", address)
                    .put("first_seen", counterparty.firstSeen.toString())
                    .put("last_seen", counterparty.lastSeen.toString())
                    .put("uses", counterparty.uses)
                    .put("weight", counterparty.weight)
                    .put("max_amount", counterparty.maxAmount);
        }
        return node;
    }

    /** Rebuilds a history from {@link #toState()}. */
    static WalletHistory fromState(JsonNode state) {
        WalletHistory history = new WalletHistory();
        history.requests = StateJson.count(state, "requests");
        history.requestsToKnown = StateJson.count(state, "requests_to_known");
        if (history.requestsToKnown > history.requests) {
            throw new InvalidStateException("requests_to_known exceeds requests");
        }
        history.meanLogAmount = StateJson.number(state, "mean_log_amount", 0);
        history.squaredDeviations = StateJson.number(state, "squared_deviations", 0);
        history.maxAmount = StateJson.number(state, "max_amount", 0);
        history.maxWindowOutflow = StateJson.number(state, "max_window_outflow", 0);
        history.balance = state.has("balance") ? StateJson.number(state, "balance", 0) : Double.NaN;
        JsonNode recentStates = StateJson.array(state, "recent");
        if (recentStates.size() > MAX_RECENT) {
            throw new InvalidStateException("too many recent outflows");
        }
        for (JsonNode outflow : recentStates) {
            double amount = StateJson.number(outflow, "amount", 0);
            String destination = outflow.has("destination") ? StateJson.text(outflow, "destination") : null;
            history.addRecent(new Outflow(StateJson.instant(outflow, "time"), amount, destination));
        }
        JsonNode counterpartyStates = StateJson.array(state, "counterparties");
        if (counterpartyStates.size() > MAX_COUNTERPARTIES) {
            throw new InvalidStateException("too many counterparties");
        }
        for (JsonNode entry : counterpartyStates) {
            Counterparty counterparty = new Counterparty(StateJson.instant(entry, "first_seen"));
            counterparty.lastSeen = StateJson.instant(entry, "last_seen");
            counterparty.uses = StateJson.count(entry, "uses");
            counterparty.weight = entry.has("weight") ? StateJson.number(entry, "weight", 0) : counterparty.uses;
            counterparty.refreshRank();
            counterparty.maxAmount = entry.has("max_amount") ? StateJson.number(entry, "max_amount", 0) : 0;
            String address = StateJson.text(entry, "address");
            history.counterparties.put(address, counterparty);
            history.index(address);
        }
        return history;
    }

    private void expire(Instant now) {
        Instant oldest = now.minus(VELOCITY_WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().time().isBefore(oldest)) {
            removeOldestRecent();
        }
        if (recent.isEmpty()) {
            windowSum = 0;
        }
    }

    private void addRecent(Outflow outflow) {
        recent.addLast(outflow);
        windowSum += outflow.amount();
        if (outflow.destination() != null) {
            recentDestinations.merge(outflow.destination(), 1, Integer::sum);
        }
    }

    private void removeOldestRecent() {
        Outflow removed = recent.removeFirst();
        windowSum -= removed.amount();
        if (removed.destination() != null) {
            recentDestinations.computeIfPresent(
                    removed.destination(), (address, count) -> count > 1 ? count - 1 : null);
        }
    }

    /**
     * Forgets the counterparty with the least recency-weighted use at {@code now} (ties: the smallest address). Only
     * the counterparties whose {@link Counterparty#rank} is within {@link #RANK_SLACK} of the lowest (and any last
     * seen after {@code now}) can be the least used, so only their weights are computed; the others' weights are
     * larger by far more than rounding, so the choice is the same as computing every weight.
     */
    private void forgetLeastUsed(Instant now) {
        long nowMillis = now.toEpochMilli();
        double lowestRank = Double.POSITIVE_INFINITY;
        for (Counterparty counterparty : counterparties.values()) {
            if (counterparty.lastSeenMillis <= nowMillis) {
                lowestRank = Math.min(lowestRank, counterparty.rank);
            }
        }
        String victim = null;
        double weakest = Double.MAX_VALUE;
        for (Map.Entry<String, Counterparty> entry : counterparties.entrySet()) {
            Counterparty counterparty = entry.getValue();
            if (counterparty.lastSeenMillis <= nowMillis && counterparty.rank > lowestRank + RANK_SLACK) {
                continue;
            }
            double weight = counterparty.weightAt(now);
            if (weight < weakest || (weight == weakest && entry.getKey().compareTo(victim) < 0)) {
                victim = entry.getKey();
                weakest = weight;
            }
        }
        counterparties.remove(victim);
        unindex(victim);
    }

    static final class Counterparty {
        final Instant firstSeen;
        Instant lastSeen;
        long uses;
        double weight;
        /** The largest request amount paid to this counterparty (0 when only allowlisted or seen on chain). */
        double maxAmount;

        private Counterparty(Instant firstSeen) {
            this.firstSeen = firstSeen;
            this.lastSeen = firstSeen;
            refreshRank();
        }

        /**
         * {@code log2(weight) + lastSeen / USE_HALF_LIFE}: the weight at any later time {@code t} is {@code 2^(rank -
         * t / USE_HALF_LIFE)}, so ranks order counterparties by weight at any time after they were last seen.
         */
        double rank;

        long lastSeenMillis;

        void refreshRank() {
            lastSeenMillis = lastSeen.toEpochMilli();
            rank = Math.log(weight) / Math.log(2) + (double) lastSeenMillis / USE_HALF_LIFE.toMillis();
        }

        /** The uses, each halved every {@link #USE_HALF_LIFE} since it happened, as of {@code now}. */
        double weightAt(Instant now) {
            double halfLives = (double) Duration.between(lastSeen, now).toMillis() / USE_HALF_LIFE.toMillis();
            return halfLives <= 0 ? weight : weight * Math.pow(0.5, halfLives);
        }
    }

    private record Outflow(Instant time, double amount, String destination) {}
}
