package dev.custos.coordinator.job;

import dev.custos.coordinator.link.NodeLinks;
import dev.custos.node.job.message.FailureKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Which holders of a wallet take part in a job: connected ones, not excluded (proven culprits of earlier attempts). */
final class SignerSelection {
    private SignerSelection() {}

    /** The connected holders of {@code wallet} not in {@code excluded}. */
    static Set<String> usable(NodeLinks links, Wallet wallet, Set<String> excluded) {
        Set<String> usable = new TreeSet<>(links.connected());
        usable.retainAll(wallet.holders());
        usable.removeAll(excluded);
        return usable;
    }

    /** The first {@code threshold} usable holders, in name order. */
    static List<String> choose(NodeLinks links, Wallet wallet, Set<String> excluded) {
        Set<String> usable = usable(links, wallet, excluded);
        if (usable.size() < wallet.threshold()) {
            throw Results.failed(
                    FailureKind.ABORTED,
                    Optional.empty(),
                    "only " + usable.size() + " holders of "
                            + wallet.id() + " are connected and not excluded " + usable + ", the threshold is "
                            + wallet.threshold());
        }
        return usable.stream().limit(wallet.threshold()).toList();
    }
}
