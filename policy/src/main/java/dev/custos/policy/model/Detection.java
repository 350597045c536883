package dev.custos.policy.model;

import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the policy takes the detection service's risk verdict.
 *
 * @param verdictKey the Ed25519 public key (32 bytes) that signs verdicts; without it no verdict verifies
 * @param unverified what a request needs when its verdict is missing, expired, signed by another key or bound to
 *     another request (default: one {@code security} approval); an unverified verdict never counts as score 0
 */
public record Detection(Optional<byte[]> verdictKey, Effect unverified) {
    /** The default effect for an unverified verdict: escalate to one security approver. */
    public static final Effect DEFAULT_UNVERIFIED = new Effect.RequireApprovals(List.of("security"), 1);

    /** No key: every verdict is unverified and escalates by default. */
    public static final Detection NONE = new Detection(Optional.empty(), DEFAULT_UNVERIFIED);

    public Detection {
        Objects.requireNonNull(verdictKey, "verdictKey is null");
        Objects.requireNonNull(unverified, "unverified is null");
        verdictKey = verdictKey.map(byte[]::clone);
        if (verdictKey.isPresent() && verdictKey.get().length != 32) {
            throw new IllegalArgumentException(
                    "detection verdict_key must be 32 bytes, got " + verdictKey.get().length);
        }
    }

    @Override
    public Optional<byte[]> verdictKey() {
        return verdictKey.map(byte[]::clone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Detection that
                && verdictKey.map(HexFormat.of()::formatHex).equals(that.verdictKey.map(HexFormat.of()::formatHex))
                && unverified.equals(that.unverified);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdictKey.map(HexFormat.of()::formatHex), unverified);
    }

    @Override
    public String toString() {
        return "Detection[verdictKey="
                + verdictKey.map(HexFormat.of()::formatHex).orElse("none") + ", unverified=" + unverified + "]";
    }
}
