package dev.custos.e2e.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.rpc.EthereumNode;
import dev.custos.chain.rpc.JsonRpcClient;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A local development node: the standard calls of {@link EthereumNode} and the development ones of hardhat
 * (balances, snapshots, transactions from its unlocked accounts, mining).
 */
public final class EvmNode extends EthereumNode {
    private static final ObjectMapper JSON = new ObjectMapper();

    public EvmNode(JsonRpcClient rpc) {
        super(rpc);
    }

    /** Sends a transaction from one of the node's unlocked accounts; its hash. */
    public String sendTransaction(Address from, Optional<Address> to, BigInteger value, byte[] data, BigInteger gas) {
        ObjectNode transaction = JSON.createObjectNode();
        transaction.put("from", from.toString());
        to.ifPresent(recipient -> transaction.put("to", recipient.toString()));
        transaction.put("value", "0x" + value.toString(16));
        transaction.put("data", Hex.encode(data));
        transaction.put("gas", "0x" + gas.toString(16));
        return rpc().call("eth_sendTransaction", transaction).asText();
    }

    /** The node's unlocked development accounts. */
    public List<Address> accounts() {
        List<Address> accounts = new ArrayList<>();
        for (JsonNode account : rpc().call("eth_accounts")) {
            try {
                accounts.add(Address.fromHex(account.asText()));
            } catch (DecodingException e) {
                throw new IllegalStateException("eth_accounts returned a non-address: " + account, e);
            }
        }
        return accounts;
    }

    /** Sets the balance of {@code account} (hardhat and anvil). */
    public void setBalance(Address account, BigInteger wei) {
        rpc().call("hardhat_setBalance", account.toString(), "0x" + wei.toString(16));
    }

    /** Mines {@code blocks} empty blocks (hardhat). */
    public void mine(int blocks) {
        if (blocks < 1) {
            throw new IllegalArgumentException("blocks must be positive: " + blocks);
        }
        rpc().call("hardhat_mine", "0x" + Integer.toHexString(blocks));
    }

    /** Takes a snapshot of the chain state; its id for {@link #revert}. */
    public String snapshot() {
        return rpc().call("evm_snapshot").asText();
    }

    /** Reverts the chain to snapshot {@code id} (which is then used up); whether the node did. */
    public boolean revert(String id) {
        return rpc().call("evm_revert", id).asBoolean();
    }
}
