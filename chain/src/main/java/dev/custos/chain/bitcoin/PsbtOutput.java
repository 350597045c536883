package dev.custos.chain.bitcoin;

import java.util.List;
import java.util.Objects;

/**
 * One PSBT output.
 *
 * @param amount the amount in satoshis
 * @param script the locking script
 * @param derivations BIP32 derivations of the output's keys (ECDSA and Taproot)
 * @param unknown entries of unknown or proprietary type
 */
public record PsbtOutput(long amount, Script script, List<KeyDerivation> derivations, List<PsbtEntry> unknown) {
    public PsbtOutput {
        Objects.requireNonNull(script, "script is null");
        derivations = List.copyOf(Objects.requireNonNull(derivations, "derivations is null"));
        unknown = List.copyOf(Objects.requireNonNull(unknown, "unknown is null"));
    }
}
