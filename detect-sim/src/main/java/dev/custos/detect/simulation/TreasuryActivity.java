package dev.custos.detect.simulation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Money movements: customer withdrawals from the hot wallets and bridge withdrawals (log-normal amounts, mostly to
 * returning customers, more in the afternoon UTC), each followed by the transfer seen on chain; ops refill a hot
 * wallet from its warm wallet when it runs low, key holders refill warm from cold with two approvals.
 */
final class TreasuryActivity {
    private static final Origin DATA_CENTRE = new Origin(
            "10.250.0.10",
            new Place("US", "Ashburn", 39.04, -77.49, 14618, -5),
            14618,
            "svc-" + Organisation.SERVICE_HOST,
            "custos-payouts/1.4");

    private final Organisation organisation;
    private final Treasury treasury;
    private final RandomGenerator random;
    private final EventSink sink;
    private final Instant start;
    private final double scale;
    private final OrganisationShape shape;

    TreasuryActivity(
            Organisation organisation,
            Treasury treasury,
            RandomGenerator random,
            EventSink sink,
            SimulationSettings settings) {
        this.organisation = organisation;
        this.treasury = treasury;
        this.random = random;
        this.sink = sink;
        this.start = settings.start();
        this.scale = settings.people() / 200.0;
        this.shape = settings.shape();
    }

    void day(int day) {
        Instant midnight = start.plus(Duration.ofDays(day));
        for (int hour = 0; hour < 24; hour++) {
            Instant hourStart = midnight.plus(Duration.ofHours(hour));
            if (hour % 6 == 0) {
                serviceLogins(hourStart);
            }
            // Refills first, at the top of the hour, so every wallet's balance changes in time order.
            if (hour == 10 || hour == 22) {
                refillHotWallets(hourStart);
            }
            if (hour == 15) {
                refillWarmWallets(hourStart);
            }
            double profile = shape.peak(hour) ? 1.4 : 0.7;
            for (Wallet wallet : organisation.wallets()) {
                double perDay = shape.withdrawals(wallet.id());
                if (perDay > 0) {
                    withdrawals(wallet, hourStart, Randoms.poisson(random, perDay * scale * profile / 24));
                }
            }
        }
    }

    /** The payout and bridge services refresh their API sessions every six hours from the data centre. */
    private void serviceLogins(Instant time) {
        for (String service : List.of(Organisation.PAYOUT_SERVICE, Organisation.BRIDGE_SERVICE)) {
            Instant at = time.plusSeconds(random.nextInt(120));
            sink.login(at, service, DATA_CENTRE, "api_key", true);
        }
    }

    private void withdrawals(Wallet wallet, Instant hourStart, int count) {
        List<Instant> times = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            times.add(hourStart.plusSeconds(random.nextInt(3_600)));
        }
        times.sort(null);
        boolean bridge = wallet.id().startsWith("bridge");
        for (Instant time : times) {
            double median = bridge ? 6_000 : shape.payoutMedianUsd();
            double sigma = bridge ? 1.5 : shape.payoutSigma();
            double amount = Math.min(Randoms.logNormal(random, median, sigma), 0.08 * wallet.targetBalanceUsd());
            amount = Math.max(amount, 5);
            String to = treasury.customerFor(wallet, random);
            String service = bridge ? Organisation.BRIDGE_SERVICE : Organisation.PAYOUT_SERVICE;
            pay(time, service, wallet, to, amount);
            if (bridge) {
                // Bridge deposits roughly match withdrawals; no event, only the balance.
                treasury.change(wallet, time.plusSeconds(1), amount * (0.8 + 0.4 * random.nextDouble()));
            }
        }
    }

    private void refillHotWallets(Instant time) {
        List<Person> ops = organisation.inRole(Role.OPS);
        for (Wallet wallet : organisation.wallets()) {
            if (!wallet.isHot() || treasury.balanceAt(wallet, time) >= 0.45 * wallet.targetBalanceUsd()) {
                continue;
            }
            Wallet source = organisation.refillSource(wallet).orElseThrow();
            double amount = wallet.targetBalanceUsd() - treasury.balanceAt(wallet, time);
            pay(time, Randoms.pick(random, ops).name(), source, wallet.address(), amount);
            treasury.change(wallet, time, amount);
        }
    }

    private void refillWarmWallets(Instant time) {
        List<Person> holders = organisation.inRole(Role.KEY_HOLDER);
        for (Wallet wallet : organisation.wallets()) {
            if (!wallet.tier().equals("warm") || treasury.balanceAt(wallet, time) >= 0.5 * wallet.targetBalanceUsd()) {
                continue;
            }
            Optional<Wallet> source = organisation.refillSource(wallet);
            if (source.isEmpty()) {
                continue;
            }
            double amount = wallet.targetBalanceUsd() - treasury.balanceAt(wallet, time);
            Person initiator = Randoms.pick(random, holders);
            pay(time, initiator.name(), source.get(), wallet.address(), amount)
                    .putArray("custos.approvals")
                    .add(Randoms.pick(random, holders).name())
                    .add(Randoms.pick(random, holders).name());
            treasury.change(wallet, time, amount);
        }
    }

    private ObjectNode pay(Instant time, String initiator, Wallet wallet, String to, double amount) {
        ObjectNode request = sink.signingRequest(
                time, "req-" + Randoms.hex(random, 6), initiator, wallet, treasury.balanceAt(wallet, time), to, amount);
        if (initiator.startsWith("svc-")) {
            // The services call the API from the data centre; people's requests come through the console, whose
            // network the simulator does not record.
            DATA_CENTRE.writeNetworkTo(request);
        }
        treasury.change(wallet, time, -amount);
        sink.transferOut(
                time.plusSeconds(60 + random.nextInt(240)), wallet, to, amount, "0x" + Randoms.hex(random, 32));
        return request;
    }
}
