package dev.custos.cli.approve;

import dev.custos.policy.approval.digest.ApprovalSubject;
import java.util.List;
import java.util.Objects;

/**
 * What this machine decoded from a request's raw payload.
 *
 * @param subject what the approval binds: chain, network, payload kind, signed hash, transfers
 * @param flags the decoder's risk flags (wire names)
 * @param warnings the decoder's findings
 * @param summary the decoder's one-line summary
 */
record DecodedPayload(ApprovalSubject subject, List<String> flags, List<String> warnings, String summary) {
    DecodedPayload {
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(summary, "summary is null");
        flags = List.copyOf(Objects.requireNonNull(flags, "flags is null"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings is null"));
    }
}
