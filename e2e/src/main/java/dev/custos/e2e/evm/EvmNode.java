package dev.custos.e2e.evm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON-RPC calls the end-to-end tests make on an EVM node: the standard {@code eth_*} ones (chain id, nonce, fees,
 * balances, storage, calls, raw transactions, receipts) and the development ones of hardhat (balances, snapshots,
 * transactions from its unlocked accounts).
 */
public final class EvmNode {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonRpcClient rpc;

    public EvmNode(JsonRpcClient rpc) {
        this.rpc = Objects.requireNonNull(rpc, "rpc is null");
    }

    /** The underlying client, for calls this class does not wrap. */
    public JsonRpcClient rpc() {
        return rpc;
    }

    public BigInteger chainId() {
        return quantity(rpc.call("eth_chainId"), "eth_chainId");
    }

    /** The next nonce of {@code account}, counting pending transactions. */
    public BigInteger transactionCount(Address account) {
        return quantity(rpc.call("eth_getTransactionCount", account.toString(), "pending"), "eth_getTransactionCount");
    }

    public BigInteger gasPrice() {
        return quantity(rpc.call("eth_gasPrice"), "eth_gasPrice");
    }

    public BigInteger maxPriorityFeePerGas() {
        return quantity(rpc.call("eth_maxPriorityFeePerGas"), "eth_maxPriorityFeePerGas");
    }

    /** The base fee of the latest block. */
    public BigInteger baseFeePerGas() {
        JsonNode block = rpc.call("eth_getBlockByNumber", "latest", false);
        return quantity(block.get("baseFeePerGas"), "baseFeePerGas");
    }

    public BigInteger balance(Address account) {
        return quantity(rpc.call("eth_getBalance", account.toString(), "latest"), "eth_getBalance");
    }

    /** The deployed code at {@code account} (empty for an account without code). */
    public byte[] code(Address account) {
        return bytes(rpc.call("eth_getCode", account.toString(), "latest"), "eth_getCode");
    }

    /** Storage slot {@code slot} of {@code account}, as 32 bytes. */
    public byte[] storageAt(Address account, BigInteger slot) {
        return bytes(
                rpc.call("eth_getStorageAt", account.toString(), "0x" + slot.toString(16), "latest"),
                "eth_getStorageAt");
    }

    /** Runs a call against the latest block without a transaction and returns its output. */
    public byte[] call(Optional<Address> from, Address to, byte[] data) {
        ObjectNode call = JSON.createObjectNode();
        from.ifPresent(sender -> call.put("from", sender.toString()));
        call.put("to", to.toString());
        call.put("data", Hex.encode(data));
        return bytes(rpc.call("eth_call", call, "latest"), "eth_call");
    }

    /** Broadcasts a signed transaction; its hash. */
    public String sendRawTransaction(byte[] signed) {
        return rpc.call("eth_sendRawTransaction", Hex.encode(signed)).asText();
    }

    /** Sends a transaction from one of the node's unlocked accounts; its hash. */
    public String sendTransaction(Address from, Optional<Address> to, BigInteger value, byte[] data, BigInteger gas) {
        ObjectNode transaction = JSON.createObjectNode();
        transaction.put("from", from.toString());
        to.ifPresent(recipient -> transaction.put("to", recipient.toString()));
        transaction.put("value", "0x" + value.toString(16));
        transaction.put("data", Hex.encode(data));
        transaction.put("gas", "0x" + gas.toString(16));
        return rpc.call("eth_sendTransaction", transaction).asText();
    }

    /** The receipt of {@code transactionHash}; empty while it is not mined. */
    public Optional<Receipt> receipt(String transactionHash) {
        JsonNode receipt = rpc.call("eth_getTransactionReceipt", transactionHash);
        if (receipt == null || receipt.isNull()) {
            return Optional.empty();
        }
        List<Receipt.Log> logs = new ArrayList<>();
        for (JsonNode log : receipt.path("logs")) {
            List<String> topics = new ArrayList<>();
            log.path("topics").forEach(topic -> topics.add(topic.asText()));
            logs.add(new Receipt.Log(
                    address(log.get("address"), "log address"),
                    topics,
                    log.path("data").asText()));
        }
        return Optional.of(new Receipt(
                receipt.path("transactionHash").asText(),
                address(receipt.get("from"), "from"),
                optionalAddress(receipt.get("to"), "to"),
                optionalAddress(receipt.get("contractAddress"), "contractAddress"),
                quantity(receipt.get("status"), "status").equals(BigInteger.ONE),
                quantity(receipt.get("type"), "type").intValueExact(),
                quantity(receipt.get("gasUsed"), "gasUsed"),
                logs));
    }

    /** The node's unlocked development accounts. */
    public List<Address> accounts() {
        List<Address> accounts = new ArrayList<>();
        for (JsonNode account : rpc.call("eth_accounts")) {
            accounts.add(address(account, "eth_accounts"));
        }
        return accounts;
    }

    /** Sets the balance of {@code account} (hardhat and anvil). */
    public void setBalance(Address account, BigInteger wei) {
        rpc.call("hardhat_setBalance", account.toString(), "0x" + wei.toString(16));
    }

    /** Takes a snapshot of the chain state; its id for {@link #revert}. */
    public String snapshot() {
        return rpc.call("evm_snapshot").asText();
    }

    /** Reverts the chain to snapshot {@code id} (which is then used up); whether the node did. */
    public boolean revert(String id) {
        return rpc.call("evm_revert", id).asBoolean();
    }

    static BigInteger quantity(JsonNode node, String what) {
        if (node == null
                || !node.isTextual()
                || !node.asText().startsWith("0x")
                || node.asText().length() < 3) {
            throw new IllegalStateException(what + " is not a hex quantity: " + node);
        }
        return new BigInteger(node.asText().substring(2), 16);
    }

    private static byte[] bytes(JsonNode node, String what) {
        if (node == null || !node.isTextual()) {
            throw new IllegalStateException(what + " is not hex data: " + node);
        }
        try {
            return Hex.decode(node.asText());
        } catch (DecodingException e) {
            throw new IllegalStateException(what + " is not hex data: " + e.getMessage(), e);
        }
    }

    private static Address address(JsonNode node, String what) {
        return optionalAddress(node, what).orElseThrow(() -> new IllegalStateException(what + " is missing"));
    }

    private static Optional<Address> optionalAddress(JsonNode node, String what) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Address.fromHex(node.asText()));
        } catch (DecodingException e) {
            throw new IllegalStateException(what + " is not an address: " + e.getMessage(), e);
        }
    }
}
