package dev.custos.watch.decode;

import static dev.custos.watch.decode.EventTopics.ADDED_OWNER;
import static dev.custos.watch.decode.EventTopics.ADMIN_CHANGED;
import static dev.custos.watch.decode.EventTopics.BEACON_UPGRADED;
import static dev.custos.watch.decode.EventTopics.CALL_SCHEDULED;
import static dev.custos.watch.decode.EventTopics.CHANGED_FALLBACK_HANDLER;
import static dev.custos.watch.decode.EventTopics.CHANGED_GUARD;
import static dev.custos.watch.decode.EventTopics.CHANGED_THRESHOLD;
import static dev.custos.watch.decode.EventTopics.DISABLED_MODULE;
import static dev.custos.watch.decode.EventTopics.ENABLED_MODULE;
import static dev.custos.watch.decode.EventTopics.MIN_DELAY_CHANGE;
import static dev.custos.watch.decode.EventTopics.OWNERSHIP_TRANSFERRED;
import static dev.custos.watch.decode.EventTopics.PROPOSAL_CREATED;
import static dev.custos.watch.decode.EventTopics.PROPOSAL_EXECUTED;
import static dev.custos.watch.decode.EventTopics.REMOVED_OWNER;
import static dev.custos.watch.decode.EventTopics.ROLE_ADMIN_CHANGED;
import static dev.custos.watch.decode.EventTopics.ROLE_GRANTED;
import static dev.custos.watch.decode.EventTopics.ROLE_REVOKED;
import static dev.custos.watch.decode.EventTopics.UPGRADED;

import dev.custos.chain.Hex;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.rpc.LogEntry;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Reads governance changes from logs: Safe owners, threshold, modules, guard and fallback handler (the address in
 * data in 1.1.1 and 1.3.0, indexed in 1.4.1), EIP-1967 {@code Upgraded}/{@code AdminChanged}/{@code BeaconUpgraded},
 * {@code OwnershipTransferred}, AccessControl role events, TimelockController {@code MinDelayChange} and
 * {@code CallScheduled}, and Governor {@code ProposalCreated}/{@code ProposalExecuted}. A log with another first topic
 * is not a governance change (empty); a log with a known first topic but another shape is malformed.
 */
public final class GovernanceDecoder {
    private static final Map<Hash32, String> NAMES = Map.ofEntries(
            Map.entry(ADDED_OWNER, "AddedOwner"),
            Map.entry(REMOVED_OWNER, "RemovedOwner"),
            Map.entry(CHANGED_THRESHOLD, "ChangedThreshold"),
            Map.entry(ENABLED_MODULE, "EnabledModule"),
            Map.entry(DISABLED_MODULE, "DisabledModule"),
            Map.entry(CHANGED_GUARD, "ChangedGuard"),
            Map.entry(CHANGED_FALLBACK_HANDLER, "ChangedFallbackHandler"),
            Map.entry(UPGRADED, "Upgraded"),
            Map.entry(ADMIN_CHANGED, "AdminChanged"),
            Map.entry(BEACON_UPGRADED, "BeaconUpgraded"),
            Map.entry(OWNERSHIP_TRANSFERRED, "OwnershipTransferred"),
            Map.entry(ROLE_GRANTED, "RoleGranted"),
            Map.entry(ROLE_REVOKED, "RoleRevoked"),
            Map.entry(ROLE_ADMIN_CHANGED, "RoleAdminChanged"),
            Map.entry(MIN_DELAY_CHANGE, "MinDelayChange"),
            Map.entry(CALL_SCHEDULED, "CallScheduled"),
            Map.entry(PROPOSAL_CREATED, "ProposalCreated"),
            Map.entry(PROPOSAL_EXECUTED, "ProposalExecuted"));

    private GovernanceDecoder() {}

    /** Whether {@code topic} is the first topic of an event this decoder reads. */
    public static boolean knows(Hash32 topic) {
        return name(topic).isPresent();
    }

    /** The governance change {@code log} records, if any. */
    public static Optional<GovernanceChange> decode(LogEntry log) throws MalformedLogException {
        if (log.topics().isEmpty()) {
            return Optional.empty();
        }
        Hash32 topic = log.topics().get(0);
        Optional<String> name = name(topic);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        LogFields fields = new LogFields(log, name.get());
        var contract = log.address();
        GovernanceChange change;
        if (topic.equals(ADDED_OWNER)) {
            change = GovernanceChange.of("owner_added", contract, Optional.empty(), Optional.of(safeAddress(fields)));
        } else if (topic.equals(REMOVED_OWNER)) {
            change = GovernanceChange.of("owner_removed", contract, Optional.of(safeAddress(fields)), Optional.empty());
        } else if (topic.equals(ENABLED_MODULE)) {
            change =
                    GovernanceChange.of("module_enabled", contract, Optional.empty(), Optional.of(safeAddress(fields)));
        } else if (topic.equals(DISABLED_MODULE)) {
            change = GovernanceChange.of(
                    "module_disabled", contract, Optional.of(safeAddress(fields)), Optional.empty());
        } else if (topic.equals(CHANGED_THRESHOLD)) {
            fields.shape(1, 1);
            change = priorIn("threshold_changed", log, LogFields.number(fields.word(0)), StorageSlots.SAFE_THRESHOLD);
        } else if (topic.equals(CHANGED_GUARD)) {
            change = priorIn("guard_changed", log, safeAddress(fields), StorageSlots.SAFE_GUARD);
        } else if (topic.equals(CHANGED_FALLBACK_HANDLER)) {
            change = priorIn("fallback_handler_changed", log, safeAddress(fields), StorageSlots.SAFE_FALLBACK_HANDLER);
        } else if (topic.equals(UPGRADED)) {
            fields.shape(2, 0);
            change = priorIn(
                            "contract_upgraded",
                            log,
                            fields.topicAddress(1, "implementation"),
                            StorageSlots.EIP1967_IMPLEMENTATION)
                    .with(Map.of("pointer", "implementation"));
        } else if (topic.equals(BEACON_UPGRADED)) {
            fields.shape(2, 0);
            change = priorIn("contract_upgraded", log, fields.topicAddress(1, "beacon"), StorageSlots.EIP1967_BEACON)
                    .with(Map.of("pointer", "beacon"));
        } else if (topic.equals(ADMIN_CHANGED)) {
            fields.shape(1, 2);
            change = GovernanceChange.of(
                    "admin_changed",
                    contract,
                    Optional.of(fields.wordAddress(0, "previousAdmin")),
                    Optional.of(fields.wordAddress(1, "newAdmin")));
        } else if (topic.equals(OWNERSHIP_TRANSFERRED)) {
            fields.shape(3, 0);
            change = GovernanceChange.of(
                    "ownership_transferred",
                    contract,
                    Optional.of(fields.topicAddress(1, "previousOwner")),
                    Optional.of(fields.topicAddress(2, "newOwner")));
        } else if (topic.equals(ROLE_GRANTED) || topic.equals(ROLE_REVOKED)) {
            fields.shape(4, 0);
            String account = fields.topicAddress(2, "account");
            boolean granted = topic.equals(ROLE_GRANTED);
            change = GovernanceChange.of(
                            granted ? "role_granted" : "role_revoked",
                            contract,
                            granted ? Optional.empty() : Optional.of(account),
                            granted ? Optional.of(account) : Optional.empty())
                    .with(Map.of("role", LogFields.hex(fields.topic(1)), "sender", fields.topicAddress(3, "sender")));
        } else if (topic.equals(ROLE_ADMIN_CHANGED)) {
            fields.shape(4, 0);
            change = GovernanceChange.of(
                            "role_admin_changed",
                            contract,
                            Optional.of(LogFields.hex(fields.topic(2))),
                            Optional.of(LogFields.hex(fields.topic(3))))
                    .with(Map.of("role", LogFields.hex(fields.topic(1))));
        } else if (topic.equals(MIN_DELAY_CHANGE)) {
            fields.shape(1, 2);
            change = GovernanceChange.of(
                    "timelock_changed",
                    contract,
                    Optional.of(LogFields.number(fields.word(0))),
                    Optional.of(LogFields.number(fields.word(1))));
        } else if (topic.equals(CALL_SCHEDULED)) {
            change = callScheduled(fields, log);
        } else if (topic.equals(PROPOSAL_CREATED)) {
            change = proposalCreated(fields, log);
        } else {
            fields.shape(1, 1);
            change = GovernanceChange.of(
                    "proposal_executed", contract, Optional.empty(), Optional.of(LogFields.number(fields.word(0))));
        }
        return Optional.of(change);
    }

    /** A Safe event's one address: indexed (1.4.1) or in data (1.1.1, 1.3.0). */
    private static String safeAddress(LogFields fields) throws MalformedLogException {
        if (fields.topicCount() == 2) {
            fields.shape(2, 0);
            return fields.topicAddress(1, "address");
        }
        fields.shape(1, 1);
        return fields.wordAddress(0, "address");
    }

    private static GovernanceChange priorIn(String change, LogEntry log, String newValue, BigInteger slot) {
        return new GovernanceChange(
                change, log.address(), Optional.empty(), Optional.of(newValue), Optional.of(slot), Map.of());
    }

    private static GovernanceChange callScheduled(LogFields fields, LogEntry log) throws MalformedLogException {
        fields.shapeAtLeast(3, 6);
        byte[] data = fields.dynamicBytes(2, "data");
        String selector = data.length >= 4 ? Hex.encode(Arrays.copyOf(data, 4)) : "none";
        return GovernanceChange.of(
                        "call_scheduled", log.address(), Optional.empty(), Optional.of(fields.wordAddress(0, "target")))
                .with(Map.of(
                        "operation_id", LogFields.hex(fields.topic(1)),
                        "value", LogFields.number(fields.word(1)),
                        "selector", selector,
                        "delay", LogFields.number(fields.word(4))));
    }

    private static GovernanceChange proposalCreated(LogFields fields, LogEntry log) throws MalformedLogException {
        fields.shapeAtLeast(1, 9);
        return GovernanceChange.of(
                        "proposal_created",
                        log.address(),
                        Optional.empty(),
                        Optional.of(LogFields.number(fields.word(0))))
                .with(Map.of(
                        "proposer", fields.wordAddress(1, "proposer"),
                        "targets", String.join(",", fields.dynamicAddresses(2, "targets")),
                        "vote_start", LogFields.number(fields.word(6)),
                        "vote_end", LogFields.number(fields.word(7))));
    }

    private static Optional<String> name(Hash32 topic) {
        return Optional.ofNullable(NAMES.get(topic));
    }
}
