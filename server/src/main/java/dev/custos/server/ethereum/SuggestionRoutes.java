package dev.custos.server.ethereum;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rpc.BlockHeader;
import dev.custos.chain.rpc.EthereumNode;
import dev.custos.chain.rpc.JsonRpcException;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.wallets.StoredWallet;
import dev.custos.server.wallets.WalletStore;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /v1/wallets/{id}/ethereum/suggestions}: what the user's node says a new transaction of an ECDSA wallet
 * should carry — the next nonce (pending transactions counted), the latest base fee, a priority fee, and a maximum
 * fee of twice the base fee plus the priority fee (room for six full blocks of base fee rises). Display only: no
 * signer node reads it, and the request view compares a request's own nonce and fees with it.
 */
public final class SuggestionRoutes {
    /** What every answer says about itself. */
    static final String NOTE =
            "Suggestions from the node, for display: they never decide anything, and the signer nodes"
                    + " sign the bytes that were approved.";

    private final WalletStore wallets;
    private final Optional<EthereumNode> node;

    public SuggestionRoutes(WalletStore wallets, EthereumSettings settings) {
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.node = requireNonNull(settings, "settings is null").client();
    }

    public List<Route> routes() {
        return List.of(Route.get("/v1/wallets/{id}/ethereum/suggestions", this::suggestions));
    }

    private Reply suggestions(Call call) {
        call.requireCaller();
        String id = call.path("id");
        StoredWallet wallet = wallets.find(id).orElseThrow(() -> ApiException.notFound("no wallet '" + id + "'"));
        if (!wallet.scheme().equals("ecdsa-secp256k1")) {
            throw ApiException.conflict("wallet " + id + " is " + wallet.scheme() + "; suggestions are for Ethereum"
                    + " (ecdsa-secp256k1) wallets");
        }
        EthereumNode client = node.orElseThrow(() -> ApiException.conflict(
                "no Ethereum node is configured (ethereum.rpc-url): there is nothing to suggest from"));
        Address address;
        try {
            address = Address.fromHex(wallet.address());
        } catch (DecodingException e) {
            throw new IllegalStateException("wallet " + id + " has no Ethereum address", e);
        }
        try {
            BlockHeader block = client.latestBlock();
            BigInteger priority = client.maxPriorityFeePerGas();
            ObjectNode answer = StrictJson.mapper().createObjectNode();
            answer.put("wallet", id);
            answer.put("address", address.toString());
            answer.put("node", client.rpc().shownEndpoint());
            answer.put("chain_id", client.chainId().toString());
            answer.put("block", block.number());
            answer.put("next_nonce", client.transactionCount(address).toString());
            answer.put("max_priority_fee_per_gas", priority.toString());
            if (block.baseFeePerGas().isPresent()) {
                BigInteger base = block.baseFeePerGas().get();
                answer.put("base_fee_per_gas", base.toString());
                answer.put(
                        "max_fee_per_gas",
                        base.multiply(BigInteger.TWO).add(priority).toString());
            } else {
                answer.putNull("base_fee_per_gas");
                answer.putNull("max_fee_per_gas");
            }
            answer.put("gas_price", client.gasPrice().toString());
            answer.put("note", NOTE);
            return Reply.ok(answer);
        } catch (JsonRpcException e) {
            throw new ApiException(
                    502,
                    "node_unavailable",
                    "the Ethereum node " + client.rpc().shownEndpoint() + " failed: " + e.getMessage());
        }
    }
}
