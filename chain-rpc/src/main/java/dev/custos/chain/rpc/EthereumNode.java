package dev.custos.chain.rpc;

import static dev.custos.chain.rpc.RpcValues.address;
import static dev.custos.chain.rpc.RpcValues.bytes;
import static dev.custos.chain.rpc.RpcValues.hash;
import static dev.custos.chain.rpc.RpcValues.hexQuantity;
import static dev.custos.chain.rpc.RpcValues.optionalAddress;
import static dev.custos.chain.rpc.RpcValues.quantity;
import static dev.custos.chain.rpc.RpcValues.smallQuantity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The standard {@code eth_*} calls Custos makes on the user's own node: chain id, nonces, fees, balances, code,
 * storage, calls, gas estimates, traces, blocks, logs, receipts and raw transactions. Every answer is parsed strictly;
 * a malformed one throws {@link JsonRpcException} naming the field. Nothing here is trusted by the signer nodes: what
 * a node answers is shown to people and fed to detection, and the nodes decide on the bytes they sign.
 */
public class EthereumNode {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonRpcClient rpc;

    public EthereumNode(JsonRpcClient rpc) {
        this.rpc = Objects.requireNonNull(rpc, "rpc is null");
    }

    /** The underlying client, for calls this class does not wrap. */
    public final JsonRpcClient rpc() {
        return rpc;
    }

    public final BigInteger chainId() {
        return quantity(rpc.call("eth_chainId"), "eth_chainId");
    }

    /** The number of the latest block. */
    public final long blockNumber() {
        return smallQuantity(rpc.call("eth_blockNumber"), "eth_blockNumber");
    }

    /** The header of block {@code number}; empty when the node does not have it (yet). */
    public final Optional<BlockHeader> block(long number) {
        if (number < 0) {
            throw new IllegalArgumentException("block number is negative: " + number);
        }
        return header(rpc.call("eth_getBlockByNumber", hexQuantity(BigInteger.valueOf(number)), false));
    }

    /** The header of the latest block. */
    public final BlockHeader latestBlock() {
        return header(rpc.call("eth_getBlockByNumber", "latest", false))
                .orElseThrow(() -> JsonRpcException.malformed("eth_getBlockByNumber(latest)", "is null", null));
    }

    /** The next nonce of {@code account}, counting pending transactions. */
    public final BigInteger transactionCount(Address account) {
        return quantity(rpc.call("eth_getTransactionCount", account.toString(), "pending"), "eth_getTransactionCount");
    }

    public final BigInteger gasPrice() {
        return quantity(rpc.call("eth_gasPrice"), "eth_gasPrice");
    }

    public final BigInteger maxPriorityFeePerGas() {
        return quantity(rpc.call("eth_maxPriorityFeePerGas"), "eth_maxPriorityFeePerGas");
    }

    /** The base fee of the latest block. */
    public final BigInteger baseFeePerGas() {
        return latestBlock()
                .baseFeePerGas()
                .orElseThrow(() -> JsonRpcException.malformed("latest block", "has no baseFeePerGas", null));
    }

    public final BigInteger balance(Address account) {
        return quantity(rpc.call("eth_getBalance", account.toString(), "latest"), "eth_getBalance");
    }

    /** The deployed code at {@code account} (empty for an account without code). */
    public final byte[] code(Address account) {
        return bytes(rpc.call("eth_getCode", account.toString(), "latest"), "eth_getCode");
    }

    /** Storage slot {@code slot} of {@code account} at {@code block} ("latest" or a hex number), as 32 bytes. */
    public final byte[] storageAt(Address account, BigInteger slot, String block) {
        byte[] value =
                bytes(rpc.call("eth_getStorageAt", account.toString(), hexQuantity(slot), block), "eth_getStorageAt");
        if (value.length != 32) {
            throw JsonRpcException.malformed("eth_getStorageAt", "is " + value.length + " bytes, not 32", null);
        }
        return value;
    }

    /** Storage slot {@code slot} of {@code account} at the latest block. */
    public final byte[] storageAt(Address account, BigInteger slot) {
        return storageAt(account, slot, "latest");
    }

    /** Runs a call against the latest block without a transaction and returns its output. */
    public final byte[] call(Optional<Address> from, Address to, byte[] data) {
        return bytes(rpc.call("eth_call", callObject(from, to, BigInteger.ZERO, data), "latest"), "eth_call");
    }

    /** The gas a transaction from {@code from} to {@code to} would use. */
    public final BigInteger estimateGas(Address from, Address to, BigInteger value, byte[] data) {
        return quantity(rpc.call("eth_estimateGas", callObject(Optional.of(from), to, value, data)), "eth_estimateGas");
    }

    /**
     * {@code debug_traceCall} of a call from {@code from} at the latest block with the default (struct log) tracer,
     * memory off and storage on; the node's raw answer, which {@code dev.custos.chain.simulation.StructLogTrace}
     * reads.
     */
    public final JsonNode traceCall(Address from, Address to, BigInteger value, byte[] data, BigInteger gas) {
        ObjectNode call = callObject(Optional.of(from), to, value, data);
        call.put("gas", hexQuantity(gas));
        ObjectNode options = JSON.createObjectNode();
        options.put("disableStorage", false);
        options.put("enableMemory", false);
        options.put("disableStack", false);
        return rpc.call("debug_traceCall", call, "latest", options);
    }

    /** Broadcasts a signed transaction; its hash as the node reports it. */
    public final Hash32 sendRawTransaction(byte[] signed) {
        return hash(rpc.call("eth_sendRawTransaction", Hex.encode(signed)), "eth_sendRawTransaction");
    }

    /** The receipt of {@code transactionHash}; empty while it is not mined. */
    public final Optional<Receipt> receipt(String transactionHash) {
        JsonNode receipt = rpc.call("eth_getTransactionReceipt", transactionHash);
        if (receipt == null || receipt.isNull()) {
            return Optional.empty();
        }
        List<LogEntry> logs = new ArrayList<>();
        for (JsonNode log : receipt.path("logs")) {
            logs.add(LogEntries.read(log));
        }
        return Optional.of(new Receipt(
                receipt.path("transactionHash").asText(),
                address(receipt.get("from"), "receipt from"),
                optionalAddress(receipt.get("to"), "receipt to"),
                optionalAddress(receipt.get("contractAddress"), "receipt contractAddress"),
                quantity(receipt.get("status"), "receipt status").equals(BigInteger.ONE),
                quantity(receipt.get("type"), "receipt type").intValueExact(),
                quantity(receipt.get("gasUsed"), "receipt gasUsed"),
                logs));
    }

    /**
     * The logs of blocks {@code fromBlock} to {@code toBlock} (inclusive) emitted by any of {@code contracts}
     * (all contracts when empty) whose first topic is one of {@code firstTopics} (any when empty).
     */
    public final List<LogEntry> logs(long fromBlock, long toBlock, List<Address> contracts, List<Hash32> firstTopics) {
        if (fromBlock < 0 || toBlock < fromBlock) {
            throw new IllegalArgumentException("block range " + fromBlock + ".." + toBlock + " is invalid");
        }
        ObjectNode filter = JSON.createObjectNode();
        filter.put("fromBlock", hexQuantity(BigInteger.valueOf(fromBlock)));
        filter.put("toBlock", hexQuantity(BigInteger.valueOf(toBlock)));
        if (!contracts.isEmpty()) {
            contracts.forEach(contract -> filter.withArray("address").add(contract.toString()));
        }
        if (!firstTopics.isEmpty()) {
            var topic0 = filter.putArray("topics").addArray();
            firstTopics.forEach(topic -> topic0.add(topic.toHex()));
        }
        JsonNode answer = rpc.call("eth_getLogs", filter);
        if (answer == null || !answer.isArray()) {
            throw JsonRpcException.malformed("eth_getLogs", "is not an array", null);
        }
        List<LogEntry> logs = new ArrayList<>();
        for (JsonNode log : answer) {
            LogEntry entry = LogEntries.read(log);
            if (entry.blockNumber() < fromBlock || entry.blockNumber() > toBlock) {
                throw JsonRpcException.malformed(
                        "eth_getLogs", "returned a log of block " + entry.blockNumber() + " outside the range", null);
            }
            logs.add(entry);
        }
        return logs;
    }

    private static Optional<BlockHeader> header(JsonNode block) {
        if (block == null || block.isNull()) {
            return Optional.empty();
        }
        JsonNode baseFee = block.get("baseFeePerGas");
        return Optional.of(new BlockHeader(
                smallQuantity(block.get("number"), "block number"),
                hash(block.get("hash"), "block hash"),
                hash(block.get("parentHash"), "block parentHash"),
                smallQuantity(block.get("timestamp"), "block timestamp"),
                baseFee == null || baseFee.isNull()
                        ? Optional.empty()
                        : Optional.of(quantity(baseFee, "block baseFeePerGas"))));
    }

    private static ObjectNode callObject(Optional<Address> from, Address to, BigInteger value, byte[] data) {
        ObjectNode call = JSON.createObjectNode();
        from.ifPresent(sender -> call.put("from", sender.toString()));
        call.put("to", to.toString());
        if (value.signum() != 0) {
            call.put("value", hexQuantity(value));
        }
        call.put("data", Hex.encode(data));
        return call;
    }
}
