package dev.custos.node.job.protocol;

import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletVault;
import java.io.IOException;
import java.lang.System.Logger.Level;

/** Removes the pending shares of a refresh or resharing that ended without switching: the old share stays. */
final class PendingShares {
    private static final System.Logger LOG = System.getLogger(PendingShares.class.getName());

    private PendingShares() {}

    static void discard(WalletVault vault, WalletId wallet) {
        try {
            vault.discardPending(wallet);
        } catch (IOException e) {
            LOG.log(
                    Level.WARNING,
                    "cannot remove the pending shares of wallet {0} (removed at the next start): {1}",
                    wallet,
                    e.getMessage());
        }
    }
}
