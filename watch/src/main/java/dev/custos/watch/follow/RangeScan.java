package dev.custos.watch.follow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.rpc.BlockContents;
import dev.custos.chain.rpc.BlockHeader;
import dev.custos.chain.rpc.BlockTransaction;
import dev.custos.chain.rpc.EthereumNode;
import dev.custos.chain.rpc.JsonRpcException;
import dev.custos.chain.rpc.LogEntry;
import dev.custos.watch.ContractKind;
import dev.custos.watch.WatchList;
import dev.custos.watch.WatchedContract;
import dev.custos.watch.decode.EventTopics;
import dev.custos.watch.decode.GovernanceChange;
import dev.custos.watch.decode.GovernanceDecoder;
import dev.custos.watch.decode.MalformedLogException;
import dev.custos.watch.decode.Outflow;
import dev.custos.watch.decode.OutflowDecoder;
import dev.custos.watch.decode.StorageSlots;
import dev.custos.watch.follow.WatchEvents.Origin;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One step's reading of blocks {@code from..to}: the logs of the registered contracts, ERC-20 transfers out of the
 * monitored wallets and Safes, ether sent by the wallets' transactions, each Safe's slot 0 at every block it logged in
 * and at {@code to}; decoded into events in block and log order. Every block that yields an event is checked against
 * its canonical header; a mismatch means the chain moved under the step ({@link ChainMovedException}).
 */
final class RangeScan {
    private final EthereumNode node;
    private final WatchList list;
    private final WatchEvents events;
    private final Set<Address> outflowSources = new LinkedHashSet<>();

    RangeScan(EthereumNode node, WatchList list, WatchEvents events) {
        this.node = node;
        this.list = list;
        this.events = events;
        list.contracts().stream()
                .filter(contract -> contract.kind().watchesOutflows())
                .forEach(contract -> outflowSources.add(contract.address()));
    }

    /** What a scan produced: events in order with the blocks they were read from, and the Safes' slot 0 values. */
    record Result(
            List<ObjectNode> events,
            List<EmittedEvent> emitted,
            List<Checkpoint> blocks,
            Map<Address, Address> singletons) {}

    /** Thrown when a block's hash differs from what a log or an earlier call said: the step is retried. */
    static final class ChainMovedException extends Exception {
        private static final long serialVersionUID = 1L;

        ChainMovedException(String message) {
            super(message);
        }
    }

    Result scan(long from, BlockHeader toHeader, Map<Address, Address> singletonsBefore, Set<String> known)
            throws ChainMovedException {
        long to = toHeader.number();
        Map<Long, List<LogEntry>> logsByBlock = new TreeMap<>();
        for (LogEntry log : logs(from, to)) {
            if (log.removed()) {
                throw new ChainMovedException(
                        "the node reported log " + log.logIndex() + " of block " + log.blockNumber() + " removed");
            }
            logsByBlock
                    .computeIfAbsent(log.blockNumber(), number -> new ArrayList<>())
                    .add(log);
        }
        Map<Long, BlockHeader> headers = new HashMap<>();
        headers.put(to, toHeader);
        Map<Long, List<BlockTransaction>> sendsByBlock = walletSends(from, to, headers);
        Map<Address, Address> singletons = new HashMap<>(singletonsBefore);
        List<ObjectNode> out = new ArrayList<>();
        List<EmittedEvent> emitted = new ArrayList<>();
        Set<Long> blocks = new TreeSet<>(logsByBlock.keySet());
        blocks.addAll(sendsByBlock.keySet());
        for (long number : blocks) {
            BlockHeader header = header(number, headers);
            Instant time = Instant.ofEpochSecond(header.timestamp());
            Set<Address> touchedSafes = new LinkedHashSet<>();
            for (LogEntry log : logsByBlock.getOrDefault(number, List.of())) {
                if (!log.blockHash().equals(header.hash())) {
                    throw new ChainMovedException("log " + log.logIndex() + " names block " + number + " "
                            + log.blockHash().toHex() + ", but the block is now "
                            + header.hash().toHex());
                }
                Origin origin = new Origin(
                        number, header.hash(), time, Optional.of(log.transactionHash()), "log-" + log.logIndex());
                Optional<WatchedContract> watched = list.find(log.address());
                watched.filter(contract -> contract.kind() == ContractKind.SAFE)
                        .ifPresent(safe -> touchedSafes.add(safe.address()));
                decodeLog(log, watched, origin).ifPresent(event -> add(event, origin, out, emitted, known));
            }
            for (BlockTransaction send : sendsByBlock.getOrDefault(number, List.of())) {
                WatchedContract wallet = list.find(send.from()).orElseThrow();
                Origin origin = new Origin(number, header.hash(), time, Optional.of(send.hash()), "tx-" + send.index());
                Outflow outflow =
                        new Outflow(send.from(), send.from(), send.to().orElseThrow(), Optional.empty(), send.value());
                add(events.outflow(outflow, wallet, origin), origin, out, emitted, known);
            }
            for (Address safe : touchedSafes) {
                checkSingleton(safe, header, singletons, out, emitted, known);
            }
        }
        for (WatchedContract safe : list.ofKind(ContractKind.SAFE)) {
            checkSingleton(safe.address(), toHeader, singletons, out, emitted, known);
        }
        List<Checkpoint> touched = new ArrayList<>();
        for (long number : blocks) {
            touched.add(new Checkpoint(number, header(number, headers).hash()));
        }
        return new Result(out, emitted, touched, singletons);
    }

    private List<LogEntry> logs(long from, long to) {
        Map<String, LogEntry> unique = new LinkedHashMap<>();
        for (LogEntry log : node.logsMatching(from, to, list.addresses(), List.of())) {
            unique.put(log.blockHash().toHex() + "/" + log.logIndex(), log);
        }
        List<Hash32> sources =
                outflowSources.stream().map(source -> Hash32.of(padded(source))).toList();
        if (!sources.isEmpty()) {
            for (LogEntry log :
                    node.logsMatching(from, to, List.of(), List.of(List.of(EventTopics.TRANSFER), sources))) {
                unique.putIfAbsent(log.blockHash().toHex() + "/" + log.logIndex(), log);
            }
        }
        return unique.values().stream()
                .sorted(Comparator.comparingLong(LogEntry::blockNumber).thenComparingLong(LogEntry::logIndex))
                .toList();
    }

    private Optional<ObjectNode> decodeLog(LogEntry log, Optional<WatchedContract> watched, Origin origin) {
        try {
            Optional<Outflow> outflow = OutflowDecoder.decode(log, outflowSources);
            if (outflow.isPresent()) {
                return Optional.of(events.outflow(
                        outflow.get(), list.find(outflow.get().wallet()).orElseThrow(), origin));
            }
            if (watched.isEmpty() || watched.get().kind() == ContractKind.WALLET) {
                return Optional.empty();
            }
            Optional<GovernanceChange> change = GovernanceDecoder.decode(log);
            if (change.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(events.governance(withPrior(change.get(), log.blockNumber()), watched.get(), origin));
        } catch (MalformedLogException e) {
            return watched.filter(
                            contract -> GovernanceDecoder.knows(log.topics().get(0)))
                    .map(contract -> events.unreadable(String.valueOf(e.getMessage()), contract, origin));
        }
    }

    /** The change with its old value read from the slot that held it at the block before, when the log lacks it. */
    private GovernanceChange withPrior(GovernanceChange change, long block) {
        if (change.oldValue().isPresent() || change.priorSlot().isEmpty() || block == 0) {
            return change;
        }
        try {
            byte[] word = node.storageAt(change.contract(), change.priorSlot().get(), block - 1);
            String value = change.change().equals("threshold_changed")
                    ? new BigInteger(1, word).toString()
                    : WatchEvents.lower(Address.of(Arrays.copyOfRange(word, 12, 32)));
            return new GovernanceChange(
                    change.change(),
                    change.contract(),
                    Optional.of(value),
                    change.newValue(),
                    change.priorSlot(),
                    change.details());
        } catch (JsonRpcException e) {
            // A node without the previous block's state (not an archive node, far behind): the old value is unknown.
            return change;
        }
    }

    private void checkSingleton(
            Address safe,
            BlockHeader header,
            Map<Address, Address> singletons,
            List<ObjectNode> out,
            List<EmittedEvent> emitted,
            Set<String> known) {
        Address now = slot0(node, safe, header.number());
        Address before = singletons.put(safe, now);
        if (before == null || before.equals(now)) {
            return;
        }
        WatchedContract watched = list.find(safe).orElseThrow();
        Origin origin = new Origin(
                header.number(),
                header.hash(),
                Instant.ofEpochSecond(header.timestamp()),
                Optional.empty(),
                "slot0-" + WatchEvents.lower(safe).substring(2));
        GovernanceChange change = new GovernanceChange(
                "contract_upgraded",
                safe,
                Optional.of(WatchEvents.lower(before)),
                Optional.of(WatchEvents.lower(now)),
                Optional.of(StorageSlots.SAFE_SINGLETON),
                Map.of("pointer", "singleton"));
        add(events.governance(change, watched, origin), origin, out, emitted, known);
    }

    /** A Safe's singleton: the address in the low 20 bytes of slot 0 at {@code block}. */
    static Address slot0(EthereumNode node, Address safe, long block) {
        byte[] word = node.storageAt(safe, StorageSlots.SAFE_SINGLETON, block);
        return Address.of(Arrays.copyOfRange(word, 12, 32));
    }

    private Map<Long, List<BlockTransaction>> walletSends(long from, long to, Map<Long, BlockHeader> headers)
            throws ChainMovedException {
        Set<Address> wallets = new LinkedHashSet<>();
        list.ofKind(ContractKind.WALLET).forEach(wallet -> wallets.add(wallet.address()));
        Map<Long, List<BlockTransaction>> sends = new TreeMap<>();
        if (wallets.isEmpty()) {
            return sends;
        }
        for (long number = from; number <= to; number++) {
            long block = number;
            BlockContents contents = node.blockWithTransactions(number)
                    .orElseThrow(() -> new ChainMovedException("the node no longer has block " + block));
            headers.put(number, contents.header());
            for (BlockTransaction transaction : contents.transactions()) {
                if (wallets.contains(transaction.from())
                        && transaction.value().signum() > 0
                        && transaction.to().isPresent()
                        && node.receipt(transaction.hash().toHex())
                                .map(receipt -> receipt.succeeded())
                                .orElse(false)) {
                    sends.computeIfAbsent(number, ignored -> new ArrayList<>()).add(transaction);
                }
            }
        }
        return sends;
    }

    private BlockHeader header(long number, Map<Long, BlockHeader> headers) throws ChainMovedException {
        BlockHeader known = headers.get(number);
        if (known != null) {
            return known;
        }
        BlockHeader header =
                node.block(number).orElseThrow(() -> new ChainMovedException("the node no longer has block " + number));
        headers.put(number, header);
        return header;
    }

    private static void add(
            ObjectNode event, Origin origin, List<ObjectNode> out, List<EmittedEvent> emitted, Set<String> known) {
        String id = origin.id();
        if (!known.add(id)) {
            return;
        }
        out.add(event);
        emitted.add(
                new EmittedEvent(id, event.path("event.action").asText(), origin.blockNumber(), origin.blockHash()));
    }

    private static byte[] padded(Address address) {
        byte[] word = new byte[32];
        System.arraycopy(address.bytes(), 0, word, 12, 20);
        return word;
    }
}
