package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shape of a simulated organisation: who works there and where, which wallets it runs and how its customers
 * withdraw. {@link #STANDARD} is the shape the engine was developed on; the others exist so that the evaluation can
 * be run on organisations whose shape was not looked at while the engine was built (docs/DETECTION.md, "Held-out
 * evaluation").
 *
 * @param name the name used on the command line
 * @param roleShares the share of the organisation in each role (summing to 1)
 * @param homes where people live (and so their time zones and home networks)
 * @param withdrawalsPerDay customer (or bridge) withdrawals per day per wallet id, for 200 people
 * @param balanceFactors multipliers on the standard target balance, per wallet id (1 when absent)
 * @param extraHotWallet a fourth chain (Solana: {@code hot-sol} refilled from {@code warm-sol}) when true
 * @param payoutMedianUsd the median customer withdrawal
 * @param payoutSigma the log-normal spread of customer withdrawals
 * @param newCustomerShare the share of withdrawals to an address the wallet never paid
 * @param peakStartUtc the first UTC hour of the busy part of the day
 * @param peakHours how many hours the busy part lasts (it may wrap past midnight)
 */
public record OrganisationShape(
        String name,
        Map<Role, Double> roleShares,
        List<Place> homes,
        Map<String, Double> withdrawalsPerDay,
        Map<String, Double> balanceFactors,
        boolean extraHotWallet,
        double payoutMedianUsd,
        double payoutSigma,
        double newCustomerShare,
        int peakStartUtc,
        int peakHours) {
    /** The development shape: 200-person default, every home city, three hot wallets and a bridge. */
    public static final OrganisationShape STANDARD = new OrganisationShape(
            "standard",
            shares(0.45, 0.18, 0.07, 0.05, 0.25),
            Place.HOMES,
            Map.of("hot-eth", 110.0, "hot-btc", 70.0, "hot-tron", 90.0, "bridge-eth", 35.0),
            Map.of(),
            false,
            900,
            1.5,
            0.12,
            12,
            10);

    /**
     * Held out: an Asia-Pacific retail exchange. Ops-heavy, every home in UTC+5:30..+10, a busy Solana hot wallet, small
     * and more spread withdrawals, a quarter of them to new addresses, busiest 00:00-10:00 UTC.
     */
    public static final OrganisationShape APAC_EXCHANGE = new OrganisationShape(
            "apac-exchange",
            shares(0.30, 0.25, 0.10, 0.05, 0.30),
            List.of(Place.HOMES.get(6), Place.HOMES.get(7), Place.HOMES.get(10), Place.HOMES.get(11)),
            Map.of("hot-eth", 150.0, "hot-btc", 40.0, "hot-tron", 300.0, "hot-sol", 200.0, "bridge-eth", 15.0),
            Map.of("hot-tron", 2.0, "hot-btc", 0.5),
            true,
            250,
            1.8,
            0.25,
            0,
            10);

    /**
     * Held out: an Americas custodian. Key holders and admins are a larger share, homes in the Americas only, few and
     * large withdrawals mostly to known addresses, busiest 14:00-23:00 UTC.
     */
    public static final OrganisationShape AMERICAS_CUSTODIAN = new OrganisationShape(
            "americas-custodian",
            shares(0.35, 0.15, 0.12, 0.08, 0.30),
            List.of(Place.HOMES.get(0), Place.HOMES.get(1), Place.HOMES.get(8), Place.HOMES.get(9)),
            Map.of("hot-eth", 40.0, "hot-btc", 30.0, "hot-tron", 20.0, "bridge-eth", 10.0),
            Map.of("hot-eth", 3.0, "hot-btc", 3.0),
            false,
            5_000,
            1.2,
            0.05,
            14,
            9);

    /** Every shape, development first. */
    public static final List<OrganisationShape> ALL = List.of(STANDARD, APAC_EXCHANGE, AMERICAS_CUSTODIAN);

    public OrganisationShape {
        requireNonNull(name, "name is null");
        roleShares = Map.copyOf(new EnumMap<>(requireNonNull(roleShares, "roleShares is null")));
        double total = 0;
        for (Role role : Role.values()) {
            Double share = roleShares.get(role);
            if (share == null || !(share > 0)) {
                throw new IllegalArgumentException("every role needs a positive share: " + role);
            }
            total += share;
        }
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("role shares must sum to 1: " + total);
        }
        homes = List.copyOf(homes);
        if (homes.isEmpty()) {
            throw new IllegalArgumentException("homes is empty");
        }
        withdrawalsPerDay = Map.copyOf(new TreeMap<>(withdrawalsPerDay));
        balanceFactors = Map.copyOf(new TreeMap<>(balanceFactors));
        if (!(payoutMedianUsd > 0) || !(payoutSigma > 0)) {
            throw new IllegalArgumentException("payout median and spread must be positive");
        }
        if (!(newCustomerShare >= 0 && newCustomerShare <= 1)) {
            throw new IllegalArgumentException("newCustomerShare must be in 0..1: " + newCustomerShare);
        }
        if (peakStartUtc < 0 || peakStartUtc > 23 || peakHours < 1 || peakHours > 23) {
            throw new IllegalArgumentException("peak must start at 0..23 and last 1..23 hours");
        }
    }

    /** The shape named {@code name}. */
    public static OrganisationShape named(String name) {
        return ALL.stream()
                .filter(shape -> shape.name().equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no organisation shape " + name + "; shapes: "
                        + ALL.stream().map(OrganisationShape::name).toList()));
    }

    /** Withdrawals per day for 200 people from {@code walletId} (0 when it pays no customers). */
    public double withdrawals(String walletId) {
        return withdrawalsPerDay.getOrDefault(walletId, 0.0);
    }

    /** True when the UTC hour is in the busy part of the day. */
    public boolean peak(int hourUtc) {
        return Math.floorMod(hourUtc - peakStartUtc, 24) < peakHours;
    }

    private static Map<Role, Double> shares(
            double engineers, double ops, double keyHolders, double admins, double support) {
        Map<Role, Double> shares = new EnumMap<>(Role.class);
        shares.put(Role.ENGINEER, engineers);
        shares.put(Role.OPS, ops);
        shares.put(Role.KEY_HOLDER, keyHolders);
        shares.put(Role.ADMIN, admins);
        shares.put(Role.SUPPORT, support);
        return shares;
    }
}
