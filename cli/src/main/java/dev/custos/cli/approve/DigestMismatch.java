package dev.custos.cli.approve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.policy.approval.digest.ApprovalFacts;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Explains a digest mismatch on one line: both digests, the facts decoded here, and, where the coordinator's display
 * fields contradict them, which.
 */
final class DigestMismatch {
    private DigestMismatch() {}

    static String describe(PendingRequest request, DecodedPayload decoded, ApprovalFacts facts, byte[] digest) {
        String hash = HexFormat.of().formatHex(facts.signedHash());
        List<String> differences = new ArrayList<>();
        JsonNode intent = request.body().path("intent");
        JsonNode shownHash = intent.path("safe_tx_hash");
        if (shownHash.isTextual() && !strip(shownHash.asText()).equals(hash)) {
            differences.add("it shows safe_tx_hash " + CoordinatorApi.oneLine(shownHash.asText())
                    + " while the safe_tx it sent hashes to 0x" + hash);
        }
        return "the coordinator's approval digest " + HexFormat.of().formatHex(request.digest())
                + " is not the digest of what this machine decoded, "
                + HexFormat.of().formatHex(digest) + " ("
                + facts.chain().code() + " network " + facts.network() + ", wallet " + facts.walletId() + ", request "
                + facts.requestId() + ", " + facts.payloadKind().code() + " signed hash 0x" + hash + ", "
                + facts.transfers().size() + " transfers, policy version " + facts.policyVersion() + ", expiry "
                + facts.expiresAt() + "): the coordinator asks for an approval of something other than the payload it"
                + " sent" + (differences.isEmpty() ? "" : "; " + String.join("; ", differences));
    }

    private static String strip(String hex) {
        String lower = hex.toLowerCase(Locale.ROOT);
        return lower.startsWith("0x") ? lower.substring(2) : lower;
    }
}
