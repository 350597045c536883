package dev.custos.chain.bitcoin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON form of a PSBT intent, as {@code custos decode --psbt --json} prints it. Amounts are in satoshis. */
public final class BitcoinIntentJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BitcoinIntentJson() {}

    public static ObjectNode toJson(BitcoinIntent intent) {
        ObjectNode out = NODES.objectNode();
        out.put("source", "psbt");
        out.put("psbt_version", intent.psbtVersion());
        out.put("network", intent.network().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode inputs = out.putArray("inputs");
        for (DecodedInput input : intent.inputs()) {
            ObjectNode entry = inputs.addObject();
            entry.put("txid", input.previousTxid().toHex());
            entry.put("vout", input.outputIndex());
            entry.put("amount_sat", input.amount());
            entry.put("script_type", input.scriptType().wireName());
            input.address().ifPresentOrElse(a -> entry.put("address", a), () -> entry.putNull("address"));
        }
        ArrayNode outputs = out.putArray("outputs");
        for (DecodedOutput output : intent.outputs()) {
            ObjectNode entry = outputs.addObject();
            entry.put("index", output.index());
            entry.put("amount_sat", output.amount());
            entry.put("script_type", output.scriptType().wireName());
            entry.put("script", output.script().toString());
            output.address().ifPresentOrElse(a -> entry.put("address", a), () -> entry.putNull("address"));
            entry.put("change", output.change());
        }
        out.put("total_in_sat", intent.totalIn());
        out.put("total_out_sat", intent.totalOut());
        out.put("fee_sat", intent.fee());
        out.put("sent_sat", intent.sent());
        ArrayNode flags = out.putArray("flags");
        intent.flags().forEach(flag -> flags.add(flag.wireName()));
        ArrayNode warnings = out.putArray("warnings");
        intent.warnings().forEach(warnings::add);
        out.put("summary", intent.summary());
        return out;
    }
}
