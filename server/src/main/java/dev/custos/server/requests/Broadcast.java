package dev.custos.server.requests;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A signed request sent to the user's Ethereum node, as the request's {@code broadcast} shows it.
 *
 * @param transactionHash the transaction's hash, computed from the signed bytes ({@code 0x} and 64 hex digits)
 * @param at when the server sent it
 * @param by who asked for it
 * @param node the node it went to, scheme, host and port only
 */
record Broadcast(String transactionHash, Instant at, String by, String node) {
    private static final Pattern HASH = Pattern.compile("0x[0-9a-f]{64}");

    Broadcast {
        requireNonNull(transactionHash, "transactionHash is null");
        requireNonNull(at, "at is null");
        requireNonNull(by, "by is null");
        requireNonNull(node, "node is null");
        if (!HASH.matcher(transactionHash).matches()) {
            throw new IllegalArgumentException("a transaction hash is 0x and 64 lower-case hex digits");
        }
    }

    void writeTo(ObjectNode json) {
        json.put("tx_hash", transactionHash);
        json.put("broadcast_at", at.toString());
        json.put("broadcast_by", by);
        json.put("node", node);
    }
}
