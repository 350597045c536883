package dev.custos.detect.transaction;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.calibration.Evidence;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.FeatureEvidence;
import dev.custos.detect.explain.Finding;
import dev.custos.detect.explain.FindingSeverity;
import dev.custos.detect.explain.KillChainStage;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.forest.TransactionFeatures;
import dev.custos.detect.intel.AddressIntel;
import dev.custos.detect.intel.Addresses;
import dev.custos.detect.intel.IntelCategory;
import dev.custos.detect.intel.IntelEntry;
import dev.custos.detect.state.Checkpointable;
import dev.custos.detect.state.EntityBounded;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.StateJson;
import dev.custos.types.EventFields;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Risk of money movements, per wallet: signing requests ({@code signing.request}), observed transfers ({@code
 * chain.transfer_out}) and allowlist additions. Checks screening lists, look-alikes of known counterparties (address
 * poisoning), destination novelty, the amount against the wallet's history and balance, 24-hour velocity, Safe
 * delegatecalls, and a per-wallet Random Cut Forest over the numeric features.
 *
 * <p>Wallets (history and forest together) live in a {@link WalletTable} seen at each event naming them: idle
 * expiry as the pipeline's, and at most the pipeline's cap or {@value #MAX_WALLETS} wallets, whichever is lower,
 * since a wallet's forest is the largest per-entity state there is.
 */
public final class TransactionRiskDetector implements Detector, Checkpointable, EntityBounded {
    public static final String NAME = "transaction_risk";
    public static final String SANCTIONED = "sanctioned_destination";
    public static final String MALICIOUS = "malicious_destination";
    public static final String LOOK_ALIKE = "address_lookalike";
    public static final String NEW_DESTINATION = "new_destination";
    public static final String AMOUNT_OUTLIER = "amount_outlier";
    public static final String BALANCE_SHARE = "balance_share";
    public static final String VELOCITY = "outflow_velocity";
    public static final String DELEGATECALL = "safe_delegatecall";
    public static final String UNREQUESTED_OUTFLOW = "unrequested_outflow";
    public static final String YOUNG_WALLET_PRIOR = "young_wallet_prior";
    public static final String FOREST = ForestFindings.NAME;

    /** The most wallets remembered, whatever the pipeline's cap. */
    public static final int MAX_WALLETS = 10_000;

    private static final int MIN_HISTORY = 20;

    private final AddressIntel intel;
    private final WalletTable wallets;
    private OrgPriors priors = new OrgPriors();

    public TransactionRiskDetector(AddressIntel intel, ForestSettings forestSettings) {
        this(intel, forestSettings, walletLimits(EntityLimits.DEFAULT));
    }

    /**
     * @param walletLimits bounds on the wallets remembered (see {@link #walletLimits(EntityLimits)} for the pipeline's
     *     choice)
     */
    public TransactionRiskDetector(AddressIntel intel, ForestSettings forestSettings, EntityLimits walletLimits) {
        this.intel = requireNonNull(intel, "intel is null");
        this.wallets = new WalletTable(NAME + ".wallets", walletLimits, forestSettings);
    }

    /** The wallet bounds derived from the pipeline's: the same idle expiry, its cap but at most {@link #MAX_WALLETS}. */
    public static EntityLimits walletLimits(EntityLimits limits) {
        return limits.withMaxEntities(Math.min(limits.maxEntities(), MAX_WALLETS));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Finding> observe(Event event, RiskView risk) {
        if (event.is(EventFields.CATEGORY_API, EventFields.ACTION_SIGNING_REQUEST)) {
            return signingRequest(event);
        }
        if (event.is(EventFields.CATEGORY_NETWORK, EventFields.ACTION_TRANSFER_OUT)) {
            return transferOut(event);
        }
        if (event.is(EventFields.CATEGORY_API, EventFields.ACTION_ALLOWLIST_ADD) && event.succeeded()) {
            return allowlistAdd(event);
        }
        return List.of();
    }

    @Override
    public List<EntityTableUsage> entityUsage() {
        return List.of(wallets.usage());
    }

    /**
     * Wallets least recently seen first, each with its {@code last_seen}, the table's clock and counts under {@code
     * wallets_table}, and the organisation-wide priors.
     */
    @Override
    public ObjectNode checkpoint() {
        ObjectNode node = StateJson.object();
        wallets.write(node);
        node.set("org_priors", priors.toState());
        return node;
    }

    @Override
    public void restore(JsonNode state) {
        EntityTable.Restorer<String, WalletTable.Wallet> restored = wallets.restorer(state);
        OrgPriors restoredPriors =
                state.has("org_priors") ? OrgPriors.fromState(StateJson.object(state, "org_priors")) : new OrgPriors();
        restored.finish();
        priors = restoredPriors;
    }

    private List<Finding> signingRequest(Event event) {
        FindingBuilder findings = new FindingBuilder(event, KillChainStage.SIGNING, accountable(event));
        Optional<String> destination = event.text(EventFields.TX_TO).flatMap(Addresses::normalize);
        Optional<String> safeTarget = event.text(EventFields.TX_SAFE_TO).flatMap(Addresses::normalize);
        destination.ifPresent(address -> screen(address, "destination", findings));
        safeTarget
                .filter(address -> !address.equals(destination.orElse(null)))
                .ifPresent(address -> screen(address, "safe_target", findings));
        if (event.text(EventFields.TX_SAFE_OPERATION).map("1"::equals).orElse(false)) {
            findings.add(
                    DELEGATECALL,
                    60,
                    FindingSeverity.ALWAYS_ALERT,
                    "Safe transaction with operation=1 (delegatecall)"
                            + safeTarget.map(target -> " to " + target).orElse(""),
                    new FeatureEvidence("safe_operation", "1 (delegatecall)", "wallet transfers use operation 0"));
        }
        Optional<String> walletId = event.text(EventFields.WALLET_ID);
        if (walletId.isEmpty()) {
            return findings.build();
        }
        WalletTable.Wallet state = wallets.touch(walletId.get(), event.timestamp());
        WalletHistory wallet = state.history();
        event.number(EventFields.WALLET_BALANCE_USD).ifPresent(wallet::reportBalance);
        OptionalDouble amount = event.number(EventFields.TX_AMOUNT_USD);
        Instant now = event.timestamp();
        destination.ifPresent(address -> novelty(wallet, address, findings));
        if (amount.isPresent() && amount.getAsDouble() >= 0) {
            double amountUsd = amount.getAsDouble();
            String tier = event.text(EventFields.WALLET_TIER).orElse("unknown");
            OrgPriors.TierSample tierSample = priors.tier(tier);
            boolean seenOrgWide = destination.map(priors::seenOrgWide).orElse(true);
            YoungWalletPriors.check(
                    wallet, tierSample, tier, seenOrgWide, destination.orElse(null), amountUsd, findings);
            double balance = wallet.balance();
            tierSample.learn(amountUsd, Double.isNaN(balance) || balance <= 0 ? -1 : amountUsd / balance);
            destination.ifPresent(priors::learnDestination);
            AmountChecks.check(wallet, amountUsd, now, findings);
            ForestFindings.score(state.forest(), features(wallet, amountUsd, now), now, findings);
            wallet.learnRequest(destination.orElse(null), amountUsd, now);
        }
        return findings.build();
    }

    private List<Finding> transferOut(Event event) {
        List<EntityRef> entities = new ArrayList<>();
        event.text(EventFields.WALLET_ID).map(EntityRef::wallet).ifPresent(entities::add);
        if (entities.isEmpty()) {
            return List.of();
        }
        FindingBuilder findings = new FindingBuilder(event, KillChainStage.CASH_OUT, entities);
        Optional<String> destination = event.text(EventFields.TX_TO).flatMap(Addresses::normalize);
        destination.ifPresent(address -> screen(address, "destination", findings));
        WalletHistory wallet = wallets.touch(event.text(EventFields.WALLET_ID).get(), event.timestamp())
                .history();
        if (destination.isPresent()
                && !wallet.knows(destination.get())
                && !wallet.requestedRecently(destination.get(), event.timestamp())
                && wallet.requests() > 0) {
            double amountUsd = event.number(EventFields.TX_AMOUNT_USD).orElse(0);
            findings.add(
                    UNREQUESTED_OUTFLOW,
                    amountUsd >= 100_000 ? 70 : 50,
                    FindingSeverity.NORMAL,
                    "transfer out to " + Addresses.shorten(destination.get())
                            + ", an address no signing request or allowlist entry named",
                    new FeatureEvidence(
                            "destination",
                            destination.get(),
                            "not among " + wallet.counterpartyAddresses().size()
                                    + " known counterparties nor requested in the last 24 hours"),
                    new FeatureEvidence("amount_usd", format(amountUsd), "observed on chain"));
        }
        destination.ifPresent(address -> wallet.learnCounterparty(address, event.timestamp()));
        return findings.build();
    }

    private List<Finding> allowlistAdd(Event event) {
        Optional<String> walletId = event.text(EventFields.WALLET_ID);
        Optional<String> address = event.text(EventFields.ALLOWLIST_ADDRESS)
                .or(() -> event.text(EventFields.TX_TO))
                .flatMap(Addresses::normalize);
        if (walletId.isEmpty() || address.isEmpty()) {
            return List.of();
        }
        FindingBuilder findings = new FindingBuilder(event, KillChainStage.STAGING, accountable(event));
        screen(address.get(), "allowlist_address", findings);
        WalletHistory wallet = wallets.touch(walletId.get(), event.timestamp()).history();
        lookAlike(wallet, address.get(), findings);
        wallet.learnCounterparty(address.get(), event.timestamp());
        priors.learnDestination(address.get());
        return findings.build();
    }

    private void screen(String address, String role, FindingBuilder findings) {
        Optional<IntelEntry> listing = intel.lookup(address);
        if (listing.isEmpty()) {
            return;
        }
        IntelEntry entry = listing.get();
        boolean sanctioned = entry.category() == IntelCategory.SANCTIONED;
        findings.add(
                sanctioned ? SANCTIONED : MALICIOUS,
                sanctioned ? 100 : 95,
                FindingSeverity.DENY,
                role + " " + address + " is listed " + entry.describe(),
                new FeatureEvidence(role, address, "listed " + entry.describe()));
    }

    private static void novelty(WalletHistory wallet, String address, FindingBuilder findings) {
        if (wallet.knows(address)) {
            return;
        }
        lookAlike(wallet, address, findings);
        if (wallet.requests() < MIN_HISTORY) {
            return;
        }
        double recurring = wallet.recurringShare();
        double rate = wallet.newDestinationRate();
        int score = Math.max(1, Evidence.score(rate));
        findings.add(
                NEW_DESTINATION,
                score,
                FindingSeverity.NORMAL,
                "destination " + Addresses.shorten(address) + " never used by this wallet",
                new FeatureEvidence(
                        "destination",
                        address,
                        String.format(
                                Locale.ROOT,
                                "never seen in %d requests; %.0f%% of them went to known counterparties"
                                        + " (p = %.2g)",
                                wallet.requests(),
                                recurring * 100,
                                rate)));
    }

    private static void lookAlike(WalletHistory wallet, String address, FindingBuilder findings) {
        for (String known : wallet.lookAlikeCandidates(address)) {
            if (Addresses.lookAlike(address, known)) {
                findings.add(
                        LOOK_ALIKE,
                        75,
                        FindingSeverity.ALWAYS_ALERT,
                        "address " + address + " imitates known counterparty " + known + " (address poisoning)",
                        new FeatureEvidence(
                                "address",
                                address,
                                "same first and last " + Addresses.LOOK_ALIKE_ENDS + " characters as " + known
                                        + ", used " + wallet.counterparty(known).uses + " times since "
                                        + wallet.counterparty(known).firstSeen));
                return;
            }
        }
    }

    private static TransactionFeatures features(WalletHistory wallet, double amountUsd, Instant now) {
        double balance = wallet.balance();
        boolean knownBalance = !Double.isNaN(balance) && balance > 0;
        double outflow = wallet.windowOutflow(now) + amountUsd;
        return new TransactionFeatures(
                amountUsd,
                knownBalance ? amountUsd / balance : 0,
                knownBalance ? outflow / balance : 0,
                now.atZone(ZoneOffset.UTC).getHour());
    }

    private static List<EntityRef> accountable(Event event) {
        List<EntityRef> entities = new ArrayList<>();
        event.userName().map(EntityRef::user).ifPresent(entities::add);
        event.text(EventFields.WALLET_ID).map(EntityRef::wallet).ifPresent(entities::add);
        if (entities.isEmpty()) {
            entities.add(EntityRef.wallet("unknown"));
        }
        return entities;
    }

    static String format(double usd) {
        return String.format(Locale.ROOT, "%.2f", usd);
    }
}
