package dev.custos.chain.bitcoin;

import dev.custos.chain.DecodingException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a parsed PSBT into a {@link BitcoinIntent}: input amounts from the UTXOs, fee, change, and flags.
 *
 * <p>An output is change when one of its BIP32 derivations has a master fingerprint the PSBT marks as ours (a global
 * xpub, or a derivation on an input). A change output whose script type differs from every input's is still change,
 * with a warning.
 */
public final class PsbtDecoder {
    /** Fees above this percentage of the amount sent out are flagged {@code high_fee}. */
    public static final int HIGH_FEE_PERCENT = 5;

    /** Fees above this many satoshis (0.01 BTC) are flagged {@code high_fee} whatever the amount. */
    public static final long HIGH_FEE_SATS = 1_000_000L;

    private PsbtDecoder() {}

    /** Decodes for {@code network}; when null, the network named by the global xpubs, else mainnet. */
    public static BitcoinIntent decode(Psbt psbt, Network network) throws DecodingException {
        Objects.requireNonNull(psbt, "psbt is null");
        Network shown = network != null ? network : psbt.networkFromXpubs().orElse(Network.MAINNET);
        Set<Long> ours = new HashSet<>(psbt.xpubFingerprints());
        Set<ScriptType> inputTypes = EnumSet.noneOf(ScriptType.class);
        List<DecodedInput> inputs = new ArrayList<>();
        long totalIn = 0;
        boolean unknownFields = !psbt.unknown().isEmpty();
        for (int i = 0; i < psbt.inputs().size(); i++) {
            PsbtInput input = psbt.inputs().get(i);
            TxOutput spent = input.spentOutput()
                    .orElseThrow(() -> new DecodingException("input " + inputs.size() + " has neither a witness nor a"
                            + " non-witness UTXO: its amount, hence the fee, is unknown"));
            Script script = new Script(spent.scriptPubKey());
            inputTypes.add(script.type());
            input.derivations().forEach(derivation -> ours.add(derivation.fingerprint()));
            unknownFields |= !input.unknown().isEmpty();
            totalIn = add(totalIn, spent.amount());
            inputs.add(new DecodedInput(
                    input.previousTxid(), input.outputIndex(), spent.amount(), script.type(), script.address(shown)));
        }
        List<DecodedOutput> outputs = new ArrayList<>();
        Set<BitcoinFlag> flags = EnumSet.noneOf(BitcoinFlag.class);
        List<String> warnings = new ArrayList<>();
        long totalOut = 0;
        long sent = 0;
        for (int i = 0; i < psbt.outputs().size(); i++) {
            PsbtOutput output = psbt.outputs().get(i);
            boolean change = output.derivations().stream().anyMatch(d -> ours.contains(d.fingerprint()));
            Script script = output.script();
            if (change && !inputTypes.contains(script.type())) {
                warnings.add("change output " + i + " is " + script.type().wireName()
                        + ", a script type none of the inputs uses");
            }
            switch (script.type()) {
                case UNKNOWN -> flags.add(BitcoinFlag.UNKNOWN_SCRIPT);
                case OP_RETURN -> flags.add(BitcoinFlag.OP_RETURN);
                default -> {}
            }
            unknownFields |= !output.unknown().isEmpty();
            totalOut = add(totalOut, output.amount());
            if (!change) {
                sent = add(sent, output.amount());
            }
            outputs.add(new DecodedOutput(i, output.amount(), script, script.address(shown), change));
        }
        if (totalOut > totalIn) {
            throw new DecodingException("outputs (" + totalOut + " sat) exceed inputs (" + totalIn + " sat)");
        }
        long fee = totalIn - totalOut;
        if (fee > HIGH_FEE_SATS || (long) HIGH_FEE_PERCENT * Math.max(sent, 0) < 100L * fee) {
            flags.add(BitcoinFlag.HIGH_FEE);
        }
        if (unknownFields) {
            flags.add(BitcoinFlag.UNKNOWN_FIELDS);
        }
        return new BitcoinIntent(
                psbt.version(),
                shown,
                inputs,
                outputs,
                totalIn,
                totalOut,
                fee,
                sent,
                flags,
                warnings,
                summary(inputs, outputs, fee, sent));
    }

    private static String summary(List<DecodedInput> inputs, List<DecodedOutput> outputs, long fee, long sent) {
        StringBuilder text = new StringBuilder("Send ").append(btc(sent)).append(" BTC");
        List<String> destinations = new ArrayList<>();
        for (DecodedOutput output : outputs) {
            if (!output.change()) {
                destinations.add(btc(output.amount()) + " to "
                        + output.address().orElse(output.scriptType().wireName() + " script " + output.script()));
            }
        }
        if (!destinations.isEmpty()) {
            text.append(" (").append(String.join(", ", destinations)).append(')');
        }
        long change = outputs.stream()
                .filter(DecodedOutput::change)
                .mapToLong(DecodedOutput::amount)
                .sum();
        text.append(" from ")
                .append(inputs.size())
                .append(inputs.size() == 1 ? " input" : " inputs")
                .append(", fee ")
                .append(btc(fee))
                .append(" BTC (")
                .append(fee)
                .append(" sat)");
        if (change > 0) {
            text.append(", change ").append(btc(change)).append(" BTC");
        }
        return text.toString();
    }

    private static long add(long total, long amount) throws DecodingException {
        long sum = total + amount;
        if (sum > TxOutput.MAX_MONEY) {
            throw new DecodingException("amounts add up to more than 21 million BTC");
        }
        return sum;
    }

    static String btc(long sats) {
        return BigDecimal.valueOf(sats, 8).toPlainString();
    }
}
