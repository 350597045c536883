package dev.custos.detect.transaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.state.InvalidStateException;
import dev.custos.detect.state.StateJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a wallet usually does: its counterparties, the distribution of its request amounts (log scale), its recent
 * outflow and its balance. Bounded: at most {@value #MAX_COUNTERPARTIES} counterparties are remembered.
 */
final class WalletHistory {
    static final int MAX_COUNTERPARTIES = 512;
    static final Duration VELOCITY_WINDOW = Duration.ofHours(24);
    private static final int MAX_RECENT = 10_000;

    private final Map<String, Counterparty> counterparties = new HashMap<>();
    private final Deque<Outflow> recent = new ArrayDeque<>();
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

    /** Share of past requests that went to an already-known counterparty. */
    double recurringShare() {
        return requests == 0 ? 0 : (double) requestsToKnown / requests;
    }

    boolean knows(String address) {
        return counterparties.containsKey(address);
    }

    Counterparty counterparty(String address) {
        return counterparties.get(address);
    }

    /** Known counterparties in a fixed order (by address). */
    List<String> counterpartyAddresses() {
        List<String> addresses = new ArrayList<>(counterparties.keySet());
        addresses.sort(Comparator.naturalOrder());
        return addresses;
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
        recent.addLast(new Outflow(now, amountUsd));
        windowSum += amountUsd;
        if (recent.size() > MAX_RECENT) {
            windowSum -= recent.removeFirst().amount();
        }
        maxWindowOutflow = Math.max(maxWindowOutflow, windowOutflow(now));
        if (destination != null) {
            learnCounterparty(destination, now);
        }
    }

    /** Learns an address as a counterparty (a destination paid, or an allowlist entry). */
    void learnCounterparty(String address, Instant now) {
        Counterparty counterparty = counterparties.get(address);
        if (counterparty == null) {
            if (counterparties.size() >= MAX_COUNTERPARTIES) {
                forgetLeastUsed();
            }
            counterparty = new Counterparty(now);
            counterparties.put(address, counterparty);
        }
        counterparty.uses++;
        counterparty.lastSeen = now;
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
            recentStates.addObject().put("time", outflow.time().toString()).put("amount", outflow.amount());
        }
        ArrayNode counterpartyStates = node.putArray("counterparties");
        for (String address : counterpartyAddresses()) {
            Counterparty counterparty = counterparties.get(address);
            counterpartyStates
                    .addObject()
                    .put("address", address)
                    .put("first_seen", counterparty.firstSeen.toString())
                    .put("last_seen", counterparty.lastSeen.toString())
                    .put("uses", counterparty.uses);
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
            history.recent.addLast(new Outflow(StateJson.instant(outflow, "time"), amount));
            history.windowSum += amount;
        }
        JsonNode counterpartyStates = StateJson.array(state, "counterparties");
        if (counterpartyStates.size() > MAX_COUNTERPARTIES) {
            throw new InvalidStateException("too many counterparties");
        }
        for (JsonNode entry : counterpartyStates) {
            Counterparty counterparty = new Counterparty(StateJson.instant(entry, "first_seen"));
            counterparty.lastSeen = StateJson.instant(entry, "last_seen");
            counterparty.uses = StateJson.count(entry, "uses");
            history.counterparties.put(StateJson.text(entry, "address"), counterparty);
        }
        return history;
    }

    private void expire(Instant now) {
        Instant oldest = now.minus(VELOCITY_WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().time().isBefore(oldest)) {
            windowSum -= recent.removeFirst().amount();
        }
        if (recent.isEmpty()) {
            windowSum = 0;
        }
    }

    private void forgetLeastUsed() {
        String victim = null;
        Counterparty weakest = null;
        for (String address : counterpartyAddresses()) {
            Counterparty candidate = counterparties.get(address);
            if (weakest == null
                    || candidate.uses < weakest.uses
                    || (candidate.uses == weakest.uses && candidate.lastSeen.isBefore(weakest.lastSeen))) {
                victim = address;
                weakest = candidate;
            }
        }
        counterparties.remove(victim);
    }

    static final class Counterparty {
        final Instant firstSeen;
        Instant lastSeen;
        long uses;

        private Counterparty(Instant firstSeen) {
            this.firstSeen = firstSeen;
            this.lastSeen = firstSeen;
        }
    }

    private record Outflow(Instant time, double amount) {}
}
