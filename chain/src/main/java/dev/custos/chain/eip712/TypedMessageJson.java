package dev.custos.chain.eip712;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.intent.IntentJson;

/**
 * The JSON form of a typed-data intent, as {@code custos decode --typed-data --json} prints it. Amounts and deadlines
 * are decimal strings; a SafeTx message carries the decoded Safe transaction under {@code safe_transaction}.
 */
public final class TypedMessageJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TypedMessageJson() {}

    public static ObjectNode toJson(TypedMessage message) {
        ObjectNode out = NODES.objectNode();
        out.put("source", "typed_data");
        out.put("kind", message.kind().wireName());
        out.put("primary_type", message.primaryType());
        out.put("encoded_type", message.encodedType());
        message.chainId().ifPresentOrElse(id -> out.put("chain_id", id.toString()), () -> out.putNull("chain_id"));
        message.verifyingContract().ifPresent(address -> out.put("verifying_contract", address.toString()));
        message.domainName().ifPresent(name -> out.put("domain_name", name));
        out.put("domain_separator", message.domainSeparator().toHex());
        message.messageHash().ifPresent(hash -> out.put("message_hash", hash.toHex()));
        out.put("digest", message.digest().toHex());
        if (!message.grants().isEmpty()) {
            ArrayNode grants = out.putArray("permits");
            for (PermitGrant grant : message.grants()) {
                ObjectNode entry = grants.addObject();
                entry.put("token", grant.token().toString());
                entry.put("spender", grant.spender().toString());
                entry.put("amount", grant.amount().toString());
                entry.put("deadline", grant.deadline().toString());
                entry.put("unlimited", grant.unlimited());
            }
        }
        message.safeTransaction().ifPresent(intent -> out.set("safe_transaction", IntentJson.toJson(intent)));
        ArrayNode flags = out.putArray("flags");
        message.flags().forEach(flag -> flags.add(flag.wireName()));
        ArrayNode warnings = out.putArray("warnings");
        message.warnings().forEach(warnings::add);
        out.put("summary", message.summary());
        return out;
    }
}
