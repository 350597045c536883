package dev.custos.policy.request;

import dev.custos.chain.intent.Intent;
import dev.custos.types.UsdAmount;
import dev.custos.types.WalletTier;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A signing request as the policy sees it: the event's fields, the intent decoded from the payload and the attached
 * approvals.
 *
 * @param id request id
 * @param timestamp when the request was made (the event's {@code @timestamp})
 * @param walletId the wallet to sign with
 * @param walletTier hot, warm or cold, if the request says
 * @param walletBalanceUsd the wallet's balance in USD (zero if the request does not say)
 * @param initiatorName who asked ({@code user.name})
 * @param initiatorRole their role ({@code custos.role}), empty if unknown
 * @param chain the chain name
 * @param asset the asset
 * @param destination where value goes ({@code custos.tx.to}, else the decoded target), lower case
 * @param amountUsd the USD value moved (zero if the request does not say)
 * @param intent the decoded payload, if a payload was attached
 * @param riskScore 0 to 100, from detection
 * @param riskReasons reasons from detection
 * @param approvals signed approvals attached to the request
 * @param unsignedApprovers names listed in {@code custos.approvals} without signatures (they do not count)
 * @param allowlistedAt when the platform added the destination to its allowlist, if it reports so
 * @param payload the decoded, typed payload; the evaluator derives every enforced fact from it. The other fields above
 *     except the id, wallet id, initiator and approvals are the caller's claims: shown, compared with the derived
 *     facts ({@code claim_mismatch}), never enforced
 */
public record SigningRequest(
        String id,
        Instant timestamp,
        String walletId,
        Optional<WalletTier> walletTier,
        UsdAmount walletBalanceUsd,
        String initiatorName,
        String initiatorRole,
        String chain,
        String asset,
        String destination,
        UsdAmount amountUsd,
        Optional<Intent> intent,
        int riskScore,
        List<String> riskReasons,
        List<SignedApproval> approvals,
        List<String> unsignedApprovers,
        Optional<Instant> allowlistedAt,
        TypedPayload payload) {

    public SigningRequest {
        Objects.requireNonNull(payload, "payload is null");
        if (!payload.intent().equals(intent)) {
            throw new IllegalArgumentException("intent must be the payload's decoded intent");
        }
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(walletId, "walletId is null");
        // a payload that can be approved has facts with a canonical encoding, for this wallet and id
        payload.approvalSubject().ifPresent(subject -> subject.facts(walletId, id, 0, Instant.EPOCH));
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(timestamp, "timestamp is null");
        Objects.requireNonNull(walletId, "walletId is null");
        Objects.requireNonNull(walletTier, "walletTier is null");
        Objects.requireNonNull(walletBalanceUsd, "walletBalanceUsd is null");
        Objects.requireNonNull(initiatorName, "initiatorName is null");
        Objects.requireNonNull(initiatorRole, "initiatorRole is null");
        Objects.requireNonNull(chain, "chain is null");
        Objects.requireNonNull(asset, "asset is null");
        Objects.requireNonNull(destination, "destination is null");
        Objects.requireNonNull(amountUsd, "amountUsd is null");
        Objects.requireNonNull(intent, "intent is null");
        Objects.requireNonNull(allowlistedAt, "allowlistedAt is null");
        if (riskScore < 0 || riskScore > 100) {
            throw new IllegalArgumentException("risk score must be 0 to 100, got " + riskScore);
        }
        riskReasons = List.copyOf(Objects.requireNonNull(riskReasons, "riskReasons is null"));
        approvals = List.copyOf(Objects.requireNonNull(approvals, "approvals is null"));
        unsignedApprovers = List.copyOf(Objects.requireNonNull(unsignedApprovers, "unsignedApprovers is null"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningRequest that
                && id.equals(that.id)
                && timestamp.equals(that.timestamp)
                && walletId.equals(that.walletId)
                && walletTier.equals(that.walletTier)
                && walletBalanceUsd.equals(that.walletBalanceUsd)
                && initiatorName.equals(that.initiatorName)
                && initiatorRole.equals(that.initiatorRole)
                && chain.equals(that.chain)
                && asset.equals(that.asset)
                && destination.equals(that.destination)
                && amountUsd.equals(that.amountUsd)
                && intent.equals(that.intent)
                && riskScore == that.riskScore
                && riskReasons.equals(that.riskReasons)
                && approvals.equals(that.approvals)
                && unsignedApprovers.equals(that.unsignedApprovers)
                && allowlistedAt.equals(that.allowlistedAt)
                && payload.equals(that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, timestamp, walletId, destination, amountUsd, payload);
    }

    @Override
    public String toString() {
        return "SigningRequest[" + id + ", wallet " + walletId + ", initiator " + initiatorName + ", to " + destination
                + ", amount_usd " + amountUsd + "]";
    }
}
