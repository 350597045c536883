package dev.custos.policy.governance;

import dev.custos.policy.model.Policy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A proposed replacement of the active policy.
 *
 * @param current the active policy
 * @param candidate the proposed policy
 * @param proposedAt when it was proposed; the time lock runs from here
 * @param approvals admin signatures over {@link #digest()}
 */
public record PolicyChange(Policy current, Policy candidate, Instant proposedAt, List<ChangeApproval> approvals) {
    /** The domain tag of {@link #digest()}. */
    public static final String DOMAIN = "custos/policy-change/v1";

    public PolicyChange {
        Objects.requireNonNull(current, "current is null");
        Objects.requireNonNull(candidate, "candidate is null");
        Objects.requireNonNull(proposedAt, "proposedAt is null");
        approvals = List.copyOf(Objects.requireNonNull(approvals, "approvals is null"));
    }

    /**
     * What admins sign: SHA-256 over the length-prefixed fields domain tag {@code custos/policy-change/v1}, current
     * version (8 bytes), SHA-256 of the current canonical document, candidate version (8 bytes), SHA-256 of the
     * candidate canonical document and the proposal time (8-byte Unix seconds).
     */
    public byte[] digest() {
        return LengthPrefixedHash.of(
                DOMAIN.getBytes(StandardCharsets.UTF_8),
                longBytes(current.version()),
                LengthPrefixedHash.of(current.canonicalJson().getBytes(StandardCharsets.UTF_8)),
                longBytes(candidate.version()),
                LengthPrefixedHash.of(candidate.canonicalJson().getBytes(StandardCharsets.UTF_8)),
                longBytes(proposedAt.getEpochSecond()));
    }

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(8).putLong(value).array();
    }
}
