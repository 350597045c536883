package dev.custos.chain.bitcoin;

import dev.custos.chain.intent.DerivedTransfers;
import dev.custos.chain.intent.Transfer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The value movements of a PSBT: one {@link Transfer.Kind#NATIVE} transfer of asset {@code btc} per output that is not
 * change to the wallet's own keys ({@link WalletKeys}). Unlike {@link PsbtDecoder}'s display classification, which
 * trusts the fingerprints the PSBT itself lists, change here is decided only by what the wallet declares, and only when
 * the output's script really pays the derived key. An output without an address (OP_RETURN, non-standard script) is
 * a transfer to {@code script:<hex>}, which no allowlist holds.
 */
public final class PsbtTransfers {
    /** The asset name of bitcoin. */
    public static final String ASSET = "btc";

    private PsbtTransfers() {}

    public static DerivedTransfers derive(Psbt psbt, Network network, WalletKeys wallet) {
        Objects.requireNonNull(psbt, "psbt is null");
        Objects.requireNonNull(network, "network is null");
        Objects.requireNonNull(wallet, "wallet is null");
        List<Transfer> transfers = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (PsbtOutput output : psbt.outputs()) {
            if (isChange(output, wallet)) {
                continue;
            }
            Script script = output.script();
            String recipient = script.address(network).orElse("script:" + script);
            transfers.add(new Transfer(Transfer.Kind.NATIVE, ASSET, recipient, BigInteger.valueOf(output.amount())));
        }
        return new DerivedTransfers(transfers, incomplete, false);
    }

    /** Whether {@code output} pays the wallet: a listed script, or a script paying a key of a declared fingerprint. */
    public static boolean isChange(PsbtOutput output, WalletKeys wallet) {
        Script script = output.script();
        if (wallet.scriptPubKeys().contains(script.toString())) {
            return true;
        }
        for (KeyDerivation derivation : output.derivations()) {
            if (wallet.fingerprints().contains(derivation.fingerprintHex())
                    && OwnScripts.pays(script, derivation.publicKey())) {
                return true;
            }
        }
        return false;
    }
}
