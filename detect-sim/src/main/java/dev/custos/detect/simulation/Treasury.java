package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Wallet balances over time and each wallet's customers: withdrawals go mostly to addresses the wallet paid before
 * (a few customers withdraw often), sometimes to a new customer.
 */
public final class Treasury {
    private final double newCustomerShare;

    private final Map<String, NavigableMap<Instant, Double>> balances = new HashMap<>();
    private final Map<String, List<String>> customers = new HashMap<>();

    /** A treasury where 12 % of withdrawals go to new customers (the standard shape). */
    public Treasury(List<Wallet> wallets, Instant start) {
        this(wallets, start, OrganisationShape.STANDARD.newCustomerShare());
    }

    public Treasury(List<Wallet> wallets, Instant start, double newCustomerShare) {
        this.newCustomerShare = newCustomerShare;
        for (Wallet wallet : wallets) {
            NavigableMap<Instant, Double> history = new TreeMap<>();
            history.put(start, wallet.targetBalanceUsd());
            balances.put(wallet.id(), history);
            customers.put(wallet.id(), new ArrayList<>());
        }
    }

    /** The balance at {@code time} (the last change at or before it). */
    public double balanceAt(Wallet wallet, Instant time) {
        Map.Entry<Instant, Double> entry = history(wallet).floorEntry(time);
        return entry == null ? history(wallet).firstEntry().getValue() : entry.getValue();
    }

    /** The latest balance. */
    public double balance(Wallet wallet) {
        return history(wallet).lastEntry().getValue();
    }

    /** Records a change of {@code deltaUsd} at {@code time} (never below zero). */
    public void change(Wallet wallet, Instant time, double deltaUsd) {
        NavigableMap<Instant, Double> history = history(wallet);
        double next = Math.max(0, balanceAt(wallet, time) + deltaUsd);
        history.put(time, next);
    }

    /** A withdrawal destination: a returning customer (frequent ones more likely) or a new one. */
    public String customerFor(Wallet wallet, RandomGenerator random) {
        List<String> pool = customers.get(wallet.id());
        if (pool.isEmpty() || random.nextDouble() < newCustomerShare) {
            String address = Randoms.address(random);
            pool.add(address);
            return address;
        }
        double skew = random.nextDouble();
        return pool.get((int) (pool.size() * skew * skew * skew));
    }

    /** The addresses the wallet has paid so far. */
    public List<String> customers(Wallet wallet) {
        return List.copyOf(customers.get(wallet.id()));
    }

    private NavigableMap<Instant, Double> history(Wallet wallet) {
        requireNonNull(wallet, "wallet is null");
        NavigableMap<Instant, Double> history = balances.get(wallet.id());
        if (history == null) {
            throw new IllegalArgumentException("unknown wallet " + wallet.id());
        }
        return history;
    }
}
