package dev.custos.node.enforce;

import dev.custos.chain.DecodingException;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.PsbtParser;
import dev.custos.chain.intent.Intent;
import dev.custos.chain.safe.SafeSigningPayload;
import dev.custos.chain.solana.SolanaDecoder;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.Approval;
import dev.custos.node.job.message.DetectionVerdict;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.PsbtInputPayload;
import dev.custos.policy.model.Wallet;
import dev.custos.policy.request.SignedApproval;
import dev.custos.policy.request.SigningRequest;
import dev.custos.policy.request.TypedPayload;
import dev.custos.policy.verdict.SignedVerdict;
import dev.custos.types.UsdAmount;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a signing job into what the policy evaluator decides on. Only the payload bytes, the wallet (from the node's
 * own records), the request id, the initiator, the approvals and the verdict go in; every field the evaluator treats
 * as a caller's claim is left empty, so there is nothing to claim: the coordinator's description of a request never
 * reaches the node.
 */
final class NodeRequests {
    private NodeRequests() {}

    /**
     * The request the evaluator decides, with {@code now} as its time.
     *
     * @throws IllegalArgumentException naming why the payload cannot be decoded into facts
     */
    static SigningRequest request(EnforcedPolicy policy, SigningInput input, Instant now) {
        TypedPayload payload = payload(policy, input);
        return new SigningRequest(
                input.requestId(),
                now,
                input.wallet().wallet().value(),
                Optional.empty(),
                UsdAmount.ZERO,
                input.initiator(),
                "",
                "",
                "",
                "",
                UsdAmount.ZERO,
                payload.intent(),
                0,
                List.of(),
                approvals(input.approvals()),
                List.of(),
                Optional.empty(),
                payload);
    }

    /** The verdict as the policy module verifies it. */
    static Optional<SignedVerdict> verdict(Optional<DetectionVerdict> verdict) {
        return verdict.map(v -> new SignedVerdict(
                v.requestDigest(), v.score(), v.reasons(), v.issuedAt(), v.expiresAt(), v.signature()));
    }

    /**
     * SHA-256 of the payload's type code and bytes: what a request id is bound to in the node's ledger. For a PSBT
     * input, the PSBT without the input index: every input of one PSBT belongs to one request (one approval covers
     * the whole transaction, and its spend is counted once).
     */
    static byte[] payloadHash(SigningInput input) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((byte) input.payload().type().code());
            if (input.payload().type() == PayloadType.PSBT_INPUT) {
                return sha256.digest(
                        PsbtInputPayload.decode(input.payload().bytes()).psbt());
            }
            return sha256.digest(input.payload().bytes());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static TypedPayload payload(EnforcedPolicy policy, SigningInput input) {
        return switch (input.payload().type()) {
            case ETHEREUM_RAW_TX -> {
                Intent intent;
                try {
                    intent = policy.decoder()
                            .decodeRawTransaction(input.payload().bytes());
                } catch (DecodingException e) {
                    throw new IllegalArgumentException(
                            "the payload is not an Ethereum transaction: " + e.getMessage(), e);
                }
                yield new TypedPayload.RawTransaction(intent);
            }
            case SAFE_TX -> {
                SafeSigningPayload safe;
                try {
                    safe = SafeSigningPayload.decode(input.payload().bytes());
                } catch (DecodingException e) {
                    throw new IllegalArgumentException("the payload is not a Safe transaction: " + e.getMessage(), e);
                }
                Intent intent =
                        policy.decoder().decodeSafeTransaction(safe.transaction(), safe.chainId(), safe.version());
                yield new TypedPayload.SafeTransactionPayload(safe.transaction(), intent);
            }
            case PSBT_INPUT -> psbt(policy, input);
            case SOLANA_MESSAGE -> {
                byte[] message = input.payload().bytes();
                try {
                    // the approval digest names the network: mainnet-beta until a policy wallet can name another
                    yield new TypedPayload.SolanaPayload(message, SolanaDecoder.decode(message), "mainnet-beta");
                } catch (DecodingException e) {
                    throw new IllegalArgumentException("the payload is not a Solana message: " + e.getMessage(), e);
                }
            }
            case PSBT ->
                throw new IllegalArgumentException("the node does not derive policy facts from "
                        + input.payload().type() + " payloads yet, so it cannot decide on one");
        };
    }

    /**
     * The whole PSBT of a PSBT-input job, for the network the policy's wallet lives on (read from the bech32 prefix of
     * its own addresses): the facts are derived from every output, so a job for one input is decided on the whole
     * transaction it helps to sign.
     */
    private static TypedPayload psbt(EnforcedPolicy policy, SigningInput input) {
        String walletId = input.wallet().wallet().value();
        Wallet wallet = policy.policy()
                .wallet(walletId)
                .orElseThrow(() -> new IllegalArgumentException("the policy has no wallet '" + walletId + "'"));
        Network network = network(wallet);
        try {
            return new TypedPayload.PsbtPayload(
                    PsbtParser.parse(
                            PsbtInputPayload.decode(input.payload().bytes()).psbt()),
                    network);
        } catch (DecodingException e) {
            throw new IllegalArgumentException("the payload is not a PSBT: " + e.getMessage(), e);
        }
    }

    static Network network(Wallet wallet) {
        if (!wallet.chain().equals("bitcoin")) {
            throw new IllegalArgumentException(
                    "the policy declares wallet " + wallet.id() + " on " + wallet.chain() + ", not bitcoin");
        }
        Set<Network> networks = EnumSet.noneOf(Network.class);
        for (String address : wallet.ownAddresses()) {
            int separator = address.lastIndexOf('1');
            if (separator > 0) {
                String hrp = address.substring(0, separator).toLowerCase(Locale.ROOT);
                for (Network network : Network.values()) {
                    if (network.hrp().equals(hrp)) {
                        networks.add(network);
                    }
                }
            }
        }
        if (networks.size() > 1) {
            throw new IllegalArgumentException("the policy's wallet " + wallet.id() + " lists own addresses of several"
                    + " Bitcoin networks " + networks + ", so the node cannot tell which one its PSBTs are for");
        }
        if (networks.size() == 1) {
            return networks.iterator().next();
        }
        throw new IllegalArgumentException("the policy's wallet " + wallet.id() + " lists no bech32 own address, so"
                + " the node cannot tell its Bitcoin network");
    }

    private static List<SignedApproval> approvals(List<Approval> approvals) {
        return approvals.stream()
                .map(a -> new SignedApproval(a.approver(), a.policyVersion(), a.expiresAt(), a.proof()))
                .toList();
    }
}
