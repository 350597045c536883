package dev.custos.chain.rpc;

import static dev.custos.chain.rpc.RpcValues.address;
import static dev.custos.chain.rpc.RpcValues.bytes;
import static dev.custos.chain.rpc.RpcValues.flag;
import static dev.custos.chain.rpc.RpcValues.hash;
import static dev.custos.chain.rpc.RpcValues.smallQuantity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.ethereum.Hash32;
import java.util.ArrayList;
import java.util.List;

/** Reads a log object of a node's answer. */
final class LogEntries {
    private LogEntries() {}

    static LogEntry read(JsonNode log) {
        JsonNode topicsNode = log.get("topics");
        if (topicsNode == null || !topicsNode.isArray()) {
            throw JsonRpcException.malformed("log topics", "is not an array", null);
        }
        List<Hash32> topics = new ArrayList<>();
        for (JsonNode topic : topicsNode) {
            topics.add(hash(topic, "log topic"));
        }
        return new LogEntry(
                address(log.get("address"), "log address"),
                topics,
                bytes(log.get("data"), "log data"),
                smallQuantity(log.get("blockNumber"), "log blockNumber"),
                hash(log.get("blockHash"), "log blockHash"),
                hash(log.get("transactionHash"), "log transactionHash"),
                smallQuantity(log.get("logIndex"), "log logIndex"),
                flag(log.get("removed"), "log removed"));
    }
}
