package dev.custos.chain.bitcoin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed, validated PSBT.
 *
 * @param version 0 (BIP174) or 2 (BIP370)
 * @param transactionVersion the version of the transaction being built
 * @param lockTime the v0 transaction's lock time, or the v2 fallback lock time (0 when absent)
 * @param inputs the inputs
 * @param outputs the outputs
 * @param xpubFingerprints the master fingerprints of the global extended public keys
 * @param xpubVersions the 4-byte version prefixes of the global extended public keys
 * @param unknown global entries of unknown or proprietary type
 */
public record Psbt(
        int version,
        long transactionVersion,
        long lockTime,
        List<PsbtInput> inputs,
        List<PsbtOutput> outputs,
        List<Long> xpubFingerprints,
        List<Long> xpubVersions,
        List<PsbtEntry> unknown) {
    public Psbt {
        if (version != 0 && version != 2) {
            throw new IllegalArgumentException("PSBT version must be 0 or 2, got " + version);
        }
        inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs is null"));
        outputs = List.copyOf(Objects.requireNonNull(outputs, "outputs is null"));
        xpubFingerprints = List.copyOf(Objects.requireNonNull(xpubFingerprints, "xpubFingerprints is null"));
        xpubVersions = List.copyOf(Objects.requireNonNull(xpubVersions, "xpubVersions is null"));
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown is null"));
    }

    /** The network named by the global xpubs' version bytes, if they name one. */
    public Optional<Network> networkFromXpubs() {
        for (long prefix : xpubVersions) {
            Optional<Network> network = Network.fromXpubVersion(prefix);
            if (network.isPresent()) {
                return network;
            }
        }
        return Optional.empty();
    }
}
