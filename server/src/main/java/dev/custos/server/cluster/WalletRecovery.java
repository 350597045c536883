package dev.custos.server.cluster;

import dev.custos.coordinator.job.Wallet;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads back, after a restart, the wallets the nodes of a dev cluster hold: a wallet counts when every one of its
 * holders recorded it (its key generation finished everywhere) with the same record and the same public data. The
 * coordinator's engine keeps wallets in memory only; the nodes' records are the source of truth.
 */
final class WalletRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(WalletRecovery.class);
    private static final Pattern RECORD_ENTRY = Pattern.compile("wallets/([a-z0-9._-]+)/record");

    private WalletRecovery() {}

    /**
     * The wallets every holder among {@code nodes} recorded alike. A wallet some holder lacks (a key generation that
     * failed after others finished) or records differently is left out, with a warning naming it.
     *
     * @throws DevClusterException naming the node whose keystore holds a record or key package that does not decode
     */
    static List<Wallet> fromNodes(Map<String, ClusterNode> nodes) throws DevClusterException {
        TreeSet<String> ids = new TreeSet<>();
        for (ClusterNode node : nodes.values()) {
            for (String entry : node.unlocked().secrets().names()) {
                Matcher matcher = RECORD_ENTRY.matcher(entry);
                if (matcher.matches()) {
                    ids.add(matcher.group(1));
                }
            }
        }
        List<Wallet> wallets = new ArrayList<>();
        for (String id : ids) {
            recover(new WalletId(id), nodes).ifPresent(wallets::add);
        }
        return wallets;
    }

    private static Optional<Wallet> recover(WalletId id, Map<String, ClusterNode> nodes) throws DevClusterException {
        Optional<WalletRecord> first = Optional.empty();
        for (ClusterNode node : nodes.values()) {
            first = record(node, id);
            if (first.isPresent()) {
                break;
            }
        }
        WalletRecord record = first.orElseThrow();
        byte[] publicData = null;
        for (String holder : record.holders()) {
            ClusterNode node = nodes.get(holder);
            Optional<WalletRecord> held = node == null ? Optional.empty() : record(node, id);
            if (held.isEmpty() || !held.get().equals(record)) {
                LOG.warn(
                        "wallet {} is left out: holder {} {}",
                        id,
                        holder,
                        held.isEmpty() ? "has no record of it" : "records it differently (" + held.get() + ")");
                return Optional.empty();
            }
            byte[] data = publicData(node, record);
            if (publicData != null && !Arrays.equals(publicData, data)) {
                LOG.warn("wallet {} is left out: holder {} holds other public data than the others", id, holder);
                return Optional.empty();
            }
            publicData = data;
        }
        try {
            return Optional.of(
                    Wallet.fromPublicData(id, record.scheme(), record.holders(), record.threshold(), publicData));
        } catch (IllegalArgumentException e) {
            throw new DevClusterException("the nodes' record of " + e.getMessage(), e);
        }
    }

    private static Optional<WalletRecord> record(ClusterNode node, WalletId id) throws DevClusterException {
        try {
            return node.storage().wallets().record(id);
        } catch (IOException e) {
            throw new DevClusterException("node " + node.name() + ": " + e.getMessage(), e);
        }
    }

    private static byte[] publicData(ClusterNode node, WalletRecord record) throws DevClusterException {
        if (record.scheme() == Scheme.ECDSA_SECP256K1) {
            return record.publicKey();
        }
        try {
            return node.storage()
                    .wallets()
                    .frostKeys(record.wallet())
                    .publicKeyPackage()
                    .serialize();
        } catch (IOException e) {
            throw new DevClusterException("node " + node.name() + ": " + e.getMessage(), e);
        }
    }
}
