package dev.custos.detect.transaction;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.detect.forest.ForestSettings;
import dev.custos.detect.forest.WalletForest;
import dev.custos.detect.state.EntityLimits;
import dev.custos.detect.state.EntityTable;
import dev.custos.detect.state.EntityTableUsage;
import dev.custos.detect.state.StateJson;
import java.time.Instant;

/**
 * The wallets {@link TransactionRiskDetector} remembers, history and forest together, in an {@link EntityTable}: a
 * wallet is seen at each event naming it, forgotten after the idle expiry or, least recently seen first, beyond the
 * cap.
 */
final class WalletTable {
    private final ForestSettings forestSettings;
    private final EntityTable<String, Wallet> wallets;

    WalletTable(String name, EntityLimits limits, ForestSettings forestSettings) {
        this.forestSettings = requireNonNull(forestSettings, "forestSettings is null");
        this.wallets = new EntityTable<>(name, requireNonNull(limits, "limits is null"));
    }

    /** The wallet's state, created when absent, marked seen at {@code time}. */
    Wallet touch(String walletId, Instant time) {
        return wallets.touch(walletId, time, id -> new Wallet(id, new WalletHistory(), forestSettings));
    }

    EntityTableUsage usage() {
        return wallets.usage();
    }

    /**
     * Writes {@code wallets_table} (the table's clock and counts) and {@code wallets} (least recently seen first:
     * {@code wallet}, {@code history}, {@code forest} when it has one, {@code last_seen}) into {@code node}.
     */
    void write(ObjectNode node) {
        wallets.writeState(node.putObject("wallets_table"));
        ArrayNode walletStates = node.putArray("wallets");
        wallets.forEach((walletId, wallet, lastSeen) -> {
            ObjectNode entry = walletStates.addObject();
            entry.put("wallet", walletId);
            entry.set("history", wallet.history().toState());
            if (wallet.forest != null) {
                entry.set("forest", wallet.forest.toState());
            }
            EntityTable.writeLastSeen(entry, lastSeen);
        });
    }

    /**
     * Reads what {@link #write} wrote (or a state without {@code wallets_table} and {@code last_seen}, written before
     * the table existed); {@link EntityTable.Restorer#finish} applies it.
     */
    EntityTable.Restorer<String, Wallet> restorer(JsonNode state) {
        JsonNode tableState =
                state.has("wallets_table") ? StateJson.object(state, "wallets_table") : StateJson.object();
        EntityTable.Restorer<String, Wallet> restored = wallets.restorer(tableState);
        for (JsonNode entry : StateJson.array(state, "wallets")) {
            String walletId = StateJson.text(entry, "wallet");
            Wallet wallet =
                    new Wallet(walletId, WalletHistory.fromState(StateJson.object(entry, "history")), forestSettings);
            if (entry.has("forest")) {
                wallet.forest = WalletForest.fromState(walletId, forestSettings, StateJson.object(entry, "forest"));
            }
            restored.add(walletId, wallet, entry);
        }
        return restored;
    }

    /** One wallet's state: its history, and its forest once it has a scored request. */
    static final class Wallet {
        private final String id;
        private final WalletHistory history;
        private final ForestSettings forestSettings;
        private WalletForest forest;

        private Wallet(String id, WalletHistory history, ForestSettings forestSettings) {
            this.id = id;
            this.history = history;
            this.forestSettings = forestSettings;
        }

        WalletHistory history() {
            return history;
        }

        /** The wallet's forest, created on first use. */
        WalletForest forest() {
            if (forest == null) {
                forest = new WalletForest(id, forestSettings);
            }
            return forest;
        }
    }
}
