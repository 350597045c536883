package dev.custos.coordinator.job;

import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.Outcome;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The wallet a refresh or resharing leaves: every participant must report the same public data, of the same key. */
final class ReshareAssembly {
    private ReshareAssembly() {}

    static Wallet wallet(Wallet old, List<String> holders, int threshold, Map<String, Outcome.KeyGenerated> reported) {
        byte[] publicData = reported.values().iterator().next().publicData();
        reported.forEach((node, outcome) -> {
            if (!Arrays.equals(outcome.publicData(), publicData)) {
                throw Results.failed(
                        FailureKind.PROTOCOL,
                        Optional.empty(),
                        "the participants report different public data after the resharing (" + node + " differs)");
            }
        });
        Wallet renewed = WalletKeys.wallet(old.id(), old.scheme(), holders, threshold, publicData);
        if (!Arrays.equals(renewed.publicKey(), old.publicKey())) {
            throw Results.failed(
                    FailureKind.PROTOCOL,
                    Optional.empty(),
                    "the nodes report key " + HexFormat.of().formatHex(renewed.publicKey()) + " after the resharing,"
                            + " not the wallet's key " + HexFormat.of().formatHex(old.publicKey()));
        }
        return renewed;
    }
}
