package dev.custos.cli.approve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.intent.Transfer;
import dev.custos.cli.output.JsonLines;
import dev.custos.policy.approval.digest.ApprovalFacts;
import dev.custos.policy.approval.digest.TransferText;
import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.Locale;

/** Shows the facts decoded on this machine: as text for the approver to read, or as JSON. */
final class ApprovalText {
    private ApprovalText() {}

    static void print(PrintWriter out, PendingRequest request, DecodedPayload decoded, ApprovalFacts facts) {
        out.println("request    " + facts.requestId()
                + request.status().map(s -> " (" + s + ")").orElse(""));
        out.println("wallet     " + facts.walletId());
        out.println("chain      " + facts.chain().code() + ", network " + facts.network());
        out.println("payload    " + facts.payloadKind().code() + ", signs hash 0x"
                + HexFormat.of().formatHex(facts.signedHash()));
        out.println("decoded    " + decoded.summary());
        if (facts.transfers().isEmpty()) {
            out.println("transfers  none");
        } else {
            out.println("transfers  " + facts.transfers().size() + ", decoded here from the payload bytes:");
            int index = 1;
            for (Transfer transfer : facts.transfers()) {
                out.println("  " + index++ + ". " + line(facts, transfer));
            }
        }
        out.println("flags      " + (decoded.flags().isEmpty() ? "none" : String.join(", ", decoded.flags())));
        for (String warning : decoded.warnings()) {
            out.println("warning    " + warning);
        }
        out.println("terms      policy version " + facts.policyVersion() + ", approval expires " + facts.expiresAt());
        out.flush();
    }

    static ObjectNode json(PendingRequest request, DecodedPayload decoded, ApprovalFacts facts) {
        ObjectNode object = JsonLines.object();
        object.put("request", facts.requestId());
        request.status().ifPresent(status -> object.put("status", status));
        object.put("wallet", facts.walletId());
        object.put("chain", facts.chain().code());
        object.put("network", facts.network());
        object.put("payload_kind", facts.payloadKind().code());
        object.put("signed_hash", HexFormat.of().formatHex(facts.signedHash()));
        object.put("summary", decoded.summary());
        ArrayNode transfers = object.putArray("transfers");
        for (Transfer transfer : facts.transfers()) {
            ObjectNode item = transfers.addObject();
            item.put("kind", transfer.kind().name().toLowerCase(Locale.ROOT));
            item.put("asset", transfer.asset());
            item.put("recipient", transfer.recipient());
            item.put("amount", transfer.amount().toString());
            TransferText.whole(facts.chain(), facts.network(), transfer)
                    .ifPresent(text -> item.put("amount_text", text));
        }
        ArrayNode flags = object.putArray("flags");
        decoded.flags().forEach(flags::add);
        ArrayNode warnings = object.putArray("warnings");
        decoded.warnings().forEach(warnings::add);
        object.put("policy_version", facts.policyVersion());
        object.put("expires_at", facts.expiresAt().toString());
        return object;
    }

    private static String line(ApprovalFacts facts, Transfer transfer) {
        return TransferText.line(facts, transfer);
    }
}
