package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.SafeOwnerSignature;
import dev.custos.coordinator.job.SignedPsbt;
import dev.custos.coordinator.job.SigningResult;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.policy.PolicyInputException;
import dev.custos.policy.request.ApprovalJson;
import dev.custos.policy.request.SignedApproval;
import dev.custos.policy.verdict.SignedVerdict;
import dev.custos.policy.verdict.VerdictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.metrics.ServerMetrics;
import dev.custos.server.signing.SignerCluster;
import dev.custos.server.wallets.StoredWallet;
import dev.custos.server.wallets.WalletStore;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a request the policy allows to the nodes and records the outcome: {@code signed} with the signature and the
 * signed transaction, or {@code failed} with the reason (a node's refusal names its rule). The request id, the
 * initiator, the approvals and the verdict go along as they were received: every node verifies them itself.
 */
final class SigningDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(SigningDispatcher.class);

    private final RequestStore store;
    private final WalletStore wallets;
    private final SignerCluster cluster;
    private final AuditTrail audit;
    private final ServerMetrics metrics;
    private final Clock clock;

    SigningDispatcher(
            RequestStore store,
            WalletStore wallets,
            SignerCluster cluster,
            AuditTrail audit,
            ServerMetrics metrics,
            Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** Hands a request the policy allows to the nodes; its outcome is recorded, a refusal as {@code failed}. */
    void dispatch(StoredRequest request) {
        send(request, false);
    }

    /**
     * Shows a delayed request to the nodes as soon as the policy allows it but for its delay: each node starts its
     * own time lock when it first sees the request (docs/NODES.md) and refuses it until then, which is expected here
     * and leaves the request delayed. The sweep hands it over for real once the delay has run out.
     */
    void announce(StoredRequest request) {
        send(request, true);
    }

    @SuppressWarnings("FutureReturnValueIgnored") // the callback records every outcome, failures included
    private void send(StoredRequest request, boolean announcement) {
        Optional<StoredWallet> wallet = wallets.find(request.wallet());
        if (wallet.isEmpty()) {
            finish(request.id(), "failed", Map.of("failure", "the wallet is gone"));
            return;
        }
        JsonNode document = request.document();
        TypedPayload payload =
                Signable.of(request.chain(), document, wallet.get().schemeValue());
        SignRequest signRequest;
        try {
            signRequest = signRequest(request, payload);
        } catch (IllegalArgumentException | DateTimeException | PolicyInputException e) {
            finish(
                    request.id(),
                    "failed",
                    Map.of("failure", "the request cannot be sent to the nodes: " + e.getMessage()));
            return;
        }
        LOG.info("request {}: asking the nodes to sign with wallet {}", request.id(), request.wallet());
        WalletId walletId = new WalletId(request.wallet());
        Scheme scheme = wallet.get().schemeValue();
        Instant handed = clock.instant();
        if (!announcement) {
            metrics.handedToNodes(Duration.between(request.createdAt(), handed));
        }
        if (payload.type() == PayloadType.PSBT) {
            cluster.engine()
                    .signPsbt(
                            walletId,
                            payload.bytes(),
                            signRequest.requestId(),
                            signRequest.initiator(),
                            signRequest.approvals(),
                            signRequest.verdict())
                    .whenComplete((result, failure) -> {
                        observe(scheme, announcement, failure, handed);
                        settle(request, announcement, failure, () -> signedPsbt(request, scheme, result));
                    });
            return;
        }
        cluster.engine().sign(walletId, signRequest).whenComplete((result, failure) -> {
            observe(scheme, announcement, failure, handed);
            settle(request, announcement, failure, () -> signed(request, scheme, result));
        });
    }

    private void observe(Scheme scheme, boolean announcement, Throwable failure, Instant handed) {
        if (!announcement) {
            metrics.signingFinished(scheme.wireName(), failure == null, Duration.between(handed, clock.instant()));
        }
    }

    private void settle(StoredRequest request, boolean announcement, Throwable failure, Runnable signed) {
        if (failure == null) {
            signed.run();
            return;
        }
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (announcement) {
            LOG.info("request {}: shown to the nodes, which start its time lock: {}", request.id(), cause.getMessage());
            return;
        }
        LOG.warn("request {}: signing failed: {}", request.id(), cause.getMessage());
        finish(request.id(), "failed", Map.of("failure", String.valueOf(cause.getMessage())));
    }

    private void signedPsbt(StoredRequest request, Scheme scheme, SignedPsbt result) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signed_psbt", Base64.getEncoder().encodeToString(result.psbt()));
        result.transaction()
                .ifPresent(tx -> fields.put("signed_tx", HexFormat.of().formatHex(tx)));
        fields.put(
                "signed_inputs",
                String.join(",", result.signed().stream().map(String::valueOf).toList()));
        fields.put("signed_at", clock.instant().toString());
        finish(request.id(), "signed", fields);
        LOG.info("request {}: PSBT inputs {} signed ({})", request.id(), result.signed(), scheme.wireName());
    }

    /**
     * The job's sign request: the payload, the request id and initiator, and the approvals and the verdict as received
     * (every node verifies them against the digest it recomputes; nothing here is trusted by a node).
     *
     * @throws IllegalArgumentException when an approval or the verdict does not fit the job format
     * @throws PolicyInputException when an approval (a device key signature or a passkey assertion, as
     *     {@code ApprovalJson} reads it) or the verdict does not read
     */
    static SignRequest signRequest(StoredRequest request, TypedPayload payload) {
        JsonNode document = request.document();
        List<Approval> approvals = new ArrayList<>();
        int index = 0;
        for (JsonNode stored : document.path("approvals")) {
            SignedApproval approval = ApprovalJson.read(stored, "approvals[" + index++ + "]");
            approvals.add(new Approval(
                    approval.approver(), approval.policyVersion(), approval.expiresAt(), approval.proof()));
        }
        JsonNode verdict = document.get("verdict");
        Optional<DetectionVerdict> forwarded = Optional.empty();
        if (verdict != null && !verdict.isNull()) {
            SignedVerdict signed = VerdictJson.read(verdict, "verdict");
            forwarded = Optional.of(new DetectionVerdict(
                    signed.requestDigest(),
                    signed.score(),
                    signed.reasons(),
                    signed.issuedAt(),
                    signed.expiresAt(),
                    signed.signature()));
        }
        return SignRequest.of(payload, request.id(), request.initiator(), approvals, forwarded);
    }

    private void signed(StoredRequest request, Scheme scheme, SigningResult result) {
        HexFormat hex = HexFormat.of();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signature", hex.formatHex(result.signature()));
        if (request.document().has("safe_tx")) {
            // what a Safe owner's signature looks like to execTransaction and the Safe Transaction Service: v = 27 + y
            StoredWallet wallet = wallets.find(request.wallet()).orElseThrow();
            try {
                SafeOwnerSignature owner =
                        SafeOwnerSignature.ecdsa(Address.fromHex(wallet.address()), result.signature());
                fields.put("safe_signature", hex.formatHex(owner.signature()));
            } catch (DecodingException e) {
                throw new IllegalStateException("a stored wallet address does not decode", e);
            }
        }
        result.signedTransaction().ifPresent(tx -> fields.put("signed_tx", "0x" + hex.formatHex(tx)));
        fields.put("signers", String.join(",", result.signers()));
        fields.put("signed_at", clock.instant().toString());
        finish(request.id(), "signed", fields);
        LOG.info("request {}: signed by {} ({})", request.id(), result.signers(), scheme.wireName());
    }

    /** Records the outcome of a request that is still being signed (one whose outcome is recorded already is left alone). */
    private void finish(String id, String status, Map<String, String> fields) {
        Optional<StoredRequest> written;
        try {
            written = store.change(id, current -> {
                // a delayed request the nodes signed when it was shown to them is signed all the same
                if (!current.status().equals("signing")
                        && !(status.equals("signed") && current.status().equals("delayed"))) {
                    return Optional.empty();
                }
                ObjectNode document = current.document();
                fields.forEach(document::put);
                return Optional.of(current.with(status, document));
            });
        } catch (IllegalStateException e) {
            LOG.error("request {}: could not record that it is {}: {}", id, status, e.getMessage());
            return;
        }
        if (written.isPresent()) {
            audit.record("coordinator", "request." + status, id, fields);
        }
    }
}
