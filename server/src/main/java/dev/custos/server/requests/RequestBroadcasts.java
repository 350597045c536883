package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.BroadcastRefusedException;
import dev.custos.chain.ethereum.EthereumTransaction;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.SignedTransactions;
import dev.custos.chain.rpc.EthereumNode;
import dev.custos.chain.rpc.JsonRpcException;
import dev.custos.server.access.Caller;
import dev.custos.server.api.ApiException;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.wallets.StoredWallet;
import dev.custos.server.wallets.WalletStore;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v1/requests/{id}/broadcast}: sends a signed Ethereum request through the user's own node. The signed
 * bytes are checked first ({@link SignedTransactions#requireBroadcastable}: canonical, signed, low S, a chain id, and
 * the recovered sender equal to the wallet), the hash is computed from them, and once the node has the transaction
 * the hash, time and caller are recorded and audited ({@code request.broadcast}). A retry, or a node that already
 * knows the transaction, answers the same hash; a refusal by the node is a 502 with the node's message.
 */
final class RequestBroadcasts {
    private final RequestStore store;
    private final WalletStore wallets;
    private final Optional<EthereumNode> node;
    private final AuditTrail audit;
    private final Clock clock;

    RequestBroadcasts(
            RequestStore store, WalletStore wallets, Optional<EthereumNode> node, AuditTrail audit, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.node = requireNonNull(node, "node is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    StoredRequest broadcast(Caller caller, String id) {
        StoredRequest request = store.find(id).orElseThrow(() -> ApiException.notFound("no request '" + id + "'"));
        if (store.broadcast(id).isPresent()) {
            return request;
        }
        if (!request.chain().equals("ethereum")) {
            throw ApiException.conflict("request " + id + " is a " + request.chain()
                    + " request; only signed Ethereum transactions are broadcast");
        }
        if (!request.status().equals("signed")) {
            throw ApiException.conflict(
                    "request " + id + " is " + request.status() + "; only a signed request is" + " broadcast");
        }
        String signedHex = request.document().path("signed_tx").asText("");
        if (signedHex.isEmpty()) {
            throw ApiException.conflict("request " + id + " is a Safe transaction: its signature is an owner"
                    + " signature for execTransaction, which whoever executes the Safe transaction submits");
        }
        EthereumNode client = node.orElseThrow(() -> ApiException.conflict(
                "no Ethereum node is configured (ethereum.rpc-url): the server cannot broadcast"));
        StoredWallet wallet = wallets.find(request.wallet())
                .orElseThrow(() -> ApiException.conflict("the wallet of request " + id + " is gone"));
        byte[] signed;
        Address sender;
        try {
            signed = Hex.decode(signedHex);
            sender = Address.fromHex(wallet.address());
        } catch (DecodingException e) {
            throw new IllegalStateException("request " + id + ": stored signed_tx or wallet address is not hex", e);
        }
        EthereumTransaction transaction;
        try {
            transaction = SignedTransactions.requireBroadcastable(signed, sender);
        } catch (BroadcastRefusedException e) {
            throw new ApiException(409, "broadcast_refused", "request " + id + ": " + e.getMessage());
        }
        Hash32 hash = transaction.transactionHash().orElseThrow();
        send(client, signed, hash, id);
        Broadcast broadcast = new Broadcast(
                hash.toHex(), clock.instant(), caller.name(), client.rpc().shownEndpoint());
        if (store.recordBroadcast(id, broadcast)) {
            audit.record(
                    caller.name(),
                    "request.broadcast",
                    id,
                    Map.of("tx_hash", broadcast.transactionHash(), "node", broadcast.node()));
        }
        return store.find(id).orElseThrow();
    }

    /** Sends the transaction; a node that refuses it but already has it (a retry) counts as sent. */
    private static void send(EthereumNode client, byte[] signed, Hash32 hash, String id) {
        Hash32 reported;
        try {
            reported = client.sendRawTransaction(signed);
        } catch (JsonRpcException e) {
            if (e.code() != 0 && knows(client, hash)) {
                return;
            }
            throw new ApiException(
                    502,
                    e.code() == 0 ? "node_unreachable" : "node_refused",
                    "request " + id + ": the Ethereum node " + client.rpc().shownEndpoint()
                            + (e.code() == 0 ? " did not answer: " : " refused the transaction: ") + e.getMessage());
        }
        if (!reported.equals(hash)) {
            throw new ApiException(
                    502,
                    "node_hash_mismatch",
                    "request " + id + ": the node reported transaction hash " + reported.toHex() + ", but the signed"
                            + " bytes hash to " + hash.toHex());
        }
    }

    private static boolean knows(EthereumNode client, Hash32 hash) {
        try {
            return client.knowsTransaction(hash);
        } catch (JsonRpcException e) {
            return false;
        }
    }
}
