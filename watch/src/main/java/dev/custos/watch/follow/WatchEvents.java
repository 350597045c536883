package dev.custos.watch.follow;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.types.EventFields;
import dev.custos.watch.WatchedContract;
import dev.custos.watch.decode.GovernanceChange;
import dev.custos.watch.decode.Outflow;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The ECS events the watcher writes (docs/EVENTS.md): {@code governance.*} (category {@code configuration}),
 * {@code chain.transfer_out} (category {@code network}) and {@code chain.event_removed}, which retracts an event whose
 * block a reorganisation removed. Fields are written dotted, one level, as the examples in docs/EVENTS.md.
 */
final class WatchEvents {
    static final String PROVIDER = "custos-watch";
    static final String ACTION_REMOVED = "chain.event_removed";
    static final String ACTION_UNREADABLE = EventFields.GOVERNANCE_PREFIX + "unreadable_event";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BigInteger chainId;

    WatchEvents(BigInteger chainId) {
        this.chainId = chainId;
    }

    /** Where an event was read: block, transaction and (for a log) the log index. */
    record Origin(long blockNumber, Hash32 blockHash, Instant time, Optional<Hash32> transaction, String key) {
        String id() {
            return "watch-" + blockHash.toHex().substring(2) + "-" + key;
        }
    }

    ObjectNode governance(GovernanceChange change, WatchedContract watched, Origin origin) {
        ObjectNode event =
                base(origin, EventFields.CATEGORY_CONFIGURATION, EventFields.GOVERNANCE_PREFIX + change.change());
        event.put(EventFields.GOVERNANCE_CONTRACT, lower(change.contract()));
        change.oldValue().ifPresent(value -> event.put(EventFields.GOVERNANCE_OLD_VALUE, value));
        change.newValue().ifPresent(value -> event.put(EventFields.GOVERNANCE_NEW_VALUE, value));
        change.details().forEach((name, value) -> event.put("custos.governance." + name, value));
        contract(event, watched);
        return event;
    }

    ObjectNode unreadable(String reason, WatchedContract watched, Origin origin) {
        ObjectNode event = base(origin, EventFields.CATEGORY_CONFIGURATION, ACTION_UNREADABLE);
        event.put(EventFields.GOVERNANCE_CONTRACT, lower(watched.address()));
        event.put("custos.governance.reason", reason);
        contract(event, watched);
        return event;
    }

    ObjectNode outflow(Outflow outflow, WatchedContract wallet, Origin origin) {
        ObjectNode event = base(origin, EventFields.CATEGORY_NETWORK, EventFields.ACTION_TRANSFER_OUT);
        event.put(EventFields.WALLET_ID, wallet.effectiveWalletId().orElse(wallet.label()));
        event.put("custos.wallet.address", lower(outflow.wallet()));
        event.put(EventFields.TX_TO, lower(outflow.to()));
        event.put(EventFields.TX_ASSET, outflow.token().map(WatchEvents::lower).orElse("ETH"));
        event.put(EventFields.TX_AMOUNT, outflow.amount().toString());
        event.put("custos.watch.label", wallet.label());
        return event;
    }

    ObjectNode removed(EmittedEvent gone, Instant now, long forkPoint) {
        ObjectNode event = JSON.createObjectNode();
        event.put("@timestamp", now.toString());
        event.put("event.id", gone.id() + "-removed");
        event.put("event.kind", "event");
        event.put("event.category", EventFields.CATEGORY_NETWORK);
        event.put("event.action", ACTION_REMOVED);
        event.put("event.provider", PROVIDER);
        event.put(
                "event.reason",
                "block " + gone.blockNumber() + " " + gone.blockHash().toHex()
                        + " left the canonical chain (fork point " + forkPoint + ")");
        event.put("custos.chain.removed_event_id", gone.id());
        event.put("custos.chain.removed_action", gone.action());
        event.put("custos.chain.block_number", gone.blockNumber());
        event.put("custos.chain.block_hash", gone.blockHash().toHex());
        event.put(EventFields.TX_CHAIN, "ethereum");
        event.put(EventFields.TX_CHAIN_ID, chainId.toString());
        return event;
    }

    private ObjectNode base(Origin origin, String category, String action) {
        ObjectNode event = JSON.createObjectNode();
        event.put("@timestamp", origin.time().toString());
        event.put("event.id", origin.id());
        event.put("event.kind", "event");
        event.put("event.category", category);
        event.put("event.action", action);
        event.put("event.outcome", "success");
        event.put("event.provider", PROVIDER);
        event.put(EventFields.TX_CHAIN, "ethereum");
        event.put(EventFields.TX_CHAIN_ID, chainId.toString());
        origin.transaction().ifPresent(hash -> event.put(EventFields.TX_HASH, hash.toHex()));
        event.put("custos.chain.block_number", origin.blockNumber());
        event.put("custos.chain.block_hash", origin.blockHash().toHex());
        return event;
    }

    private static void contract(ObjectNode event, WatchedContract watched) {
        event.put("custos.governance.label", watched.label());
        event.put("custos.governance.kind", watched.kind().label());
        watched.effectiveWalletId().ifPresent(id -> event.put(EventFields.WALLET_ID, id));
    }

    static String lower(Address address) {
        return address.toString().toLowerCase(Locale.ROOT);
    }
}
