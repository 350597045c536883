package dev.custos.cli.decode;

import dev.custos.chain.eip712.PermitGrant;
import dev.custos.chain.eip712.TypedMessage;
import dev.custos.chain.intent.Flag;
import java.util.stream.Collectors;

/** The readable form of a typed-data intent; text from the input is escaped as in {@link IntentText}. */
final class TypedMessageText {
    private TypedMessageText() {}

    static String render(TypedMessage message) {
        StringBuilder out = new StringBuilder("Typed data (EIP-712)\n");
        line(out, "summary", IntentText.safe(message.summary()));
        line(out, "kind", message.kind().wireName());
        line(out, "primary type", message.primaryType());
        message.domainName().ifPresent(name -> line(out, "domain", IntentText.safe(name)));
        message.chainId().ifPresent(id -> line(out, "chain", id.toString()));
        message.verifyingContract().ifPresent(address -> line(out, "contract", address.toChecksumHex()));
        line(out, "digest", message.digest().toHex());
        for (PermitGrant grant : message.grants()) {
            line(
                    out,
                    "permit",
                    "token " + grant.token().toChecksumHex() + ", spender "
                            + grant.spender().toChecksumHex()
                            + ", amount " + grant.amount() + (grant.unlimited() ? " (unlimited)" : "")
                            + ", deadline " + grant.deadline());
        }
        message.safeTransaction().ifPresent(intent -> {
            out.append("  Safe transaction:\n");
            IntentText.render(intent, 1, 1)
                    .lines()
                    .forEach(text -> out.append("    ").append(text).append('\n'));
        });
        line(
                out,
                "flags",
                message.flags().isEmpty()
                        ? "none"
                        : message.flags().stream().map(Flag::wireName).collect(Collectors.joining(", ")));
        message.warnings().forEach(warning -> line(out, "warning", IntentText.safe(warning)));
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append("  ").append(label).append(':').append(" ".repeat(Math.max(1, 16 - label.length())));
        out.append(value).append('\n');
    }
}
