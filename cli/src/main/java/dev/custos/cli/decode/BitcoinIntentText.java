package dev.custos.cli.decode;

import dev.custos.chain.bitcoin.BitcoinFlag;
import dev.custos.chain.bitcoin.BitcoinIntent;
import dev.custos.chain.bitcoin.DecodedInput;
import dev.custos.chain.bitcoin.DecodedOutput;
import java.util.stream.Collectors;

/** The readable form of a PSBT intent. */
final class BitcoinIntentText {
    private BitcoinIntentText() {}

    static String render(BitcoinIntent intent) {
        StringBuilder out = new StringBuilder("Bitcoin PSBT (version ")
                .append(intent.psbtVersion())
                .append(")\n");
        line(out, "summary", intent.summary());
        line(out, "network", intent.network().name().toLowerCase(java.util.Locale.ROOT));
        for (int i = 0; i < intent.inputs().size(); i++) {
            DecodedInput input = intent.inputs().get(i);
            line(
                    out,
                    "input " + i,
                    input.previousTxid() + ":" + input.outputIndex() + "  " + input.amount() + " sat  "
                            + input.scriptType().wireName()
                            + input.address().map(a -> "  " + a).orElse(""));
        }
        for (DecodedOutput output : intent.outputs()) {
            line(
                    out,
                    "output " + output.index(),
                    output.amount() + " sat  " + output.scriptType().wireName() + "  "
                            + output.address().orElse("script " + output.script())
                            + (output.change() ? "  (change)" : ""));
        }
        line(out, "fee", intent.fee() + " sat");
        line(
                out,
                "flags",
                intent.flags().isEmpty()
                        ? "none"
                        : intent.flags().stream().map(BitcoinFlag::wireName).collect(Collectors.joining(", ")));
        intent.warnings().forEach(warning -> line(out, "warning", warning));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("  ").append(label).append(':').append(" ".repeat(Math.max(1, 16 - label.length())));
        out.append(value).append('\n');
    }
}
