package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.frost.FrostException;
import dev.custos.frost.round1.FileNonceStore;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.job.store.FrostNonceVault;
import dev.custos.node.job.store.RefreshTimes;
import dev.custos.node.job.store.SecretStorePresignatureStore;
import dev.custos.node.job.store.SessionRegistry;
import dev.custos.node.job.store.WalletVault;
import dev.custos.node.keystore.SecretStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Everything a node's jobs keep, under its data folder (docs/NODES.md, "Storage layout"): the keystore holds the
 * secrets (wallet records and shares, presignatures, FROST nonces between rounds); {@code jobs/} holds the public,
 * append-only registries: used job sessions, used ECDSA presigning sessions, used presignatures and used FROST nonces.
 *
 * @param jobSessions job sessions this node ran (a session is claimed before anything is sent for it)
 * @param wallets wallets and their shares
 * @param presignatures ECDSA presignatures
 * @param nonces FROST nonces between the two signing rounds
 * @param usedNonces FROST nonces used (frost's record, written before a share exists)
 * @param reshareOrders reshare orders carried out (by their digest; claimed before a node switches to new shares)
 * @param refreshes when each wallet's last refresh started here
 */
public record NodeStorage(
        SessionRegistry jobSessions,
        WalletVault wallets,
        SecretStorePresignatureStore presignatures,
        FrostNonceVault nonces,
        FileNonceStore usedNonces,
        SessionRegistry reshareOrders,
        RefreshTimes refreshes) {
    public NodeStorage {
        requireNonNull(jobSessions, "jobSessions is null");
        requireNonNull(wallets, "wallets is null");
        requireNonNull(presignatures, "presignatures is null");
        requireNonNull(nonces, "nonces is null");
        requireNonNull(usedNonces, "usedNonces is null");
        requireNonNull(reshareOrders, "reshareOrders is null");
        requireNonNull(refreshes, "refreshes is null");
    }

    /** Opens the storage of the node whose keystore is {@code secrets} and data folder is {@code dataFolder}. */
    public static NodeStorage open(SecretStore secrets, Path dataFolder) throws IOException {
        requireNonNull(secrets, "secrets is null");
        Path jobs = requireNonNull(dataFolder, "dataFolder is null").resolve("jobs");
        AtomicFile.createFolder(jobs);
        SessionRegistry presignSessions = SessionRegistry.open(jobs.resolve("presign-sessions"));
        FileNonceStore usedNonces;
        try {
            usedNonces = FileNonceStore.open(jobs.resolve("frost-nonces-used"));
        } catch (FrostException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new NodeStorage(
                SessionRegistry.open(jobs.resolve("sessions")),
                new WalletVault(secrets, presignSessions),
                new SecretStorePresignatureStore(secrets, SessionRegistry.open(jobs.resolve("presignatures-used"))),
                new FrostNonceVault(secrets),
                usedNonces,
                SessionRegistry.open(jobs.resolve("reshare-orders")),
                RefreshTimes.open(jobs.resolve("refreshes")));
    }
}
