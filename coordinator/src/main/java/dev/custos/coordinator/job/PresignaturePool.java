package dev.custos.coordinator.job;

import dev.custos.ecdsa.presign.PresignatureInfo;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The presignatures the nodes of one ECDSA wallet hold ready (their public parts and signer sets). Each is handed out
 * at most once: {@link #take} removes it whether the signing then succeeds or not, because the nodes consume it either
 * way. Safe for concurrent use.
 */
final class PresignaturePool {
    private final Deque<Entry> entries = new ArrayDeque<>();

    /**
     * One presignature.
     *
     * @param info its public part
     * @param signers the nodes that hold it
     */
    record Entry(PresignatureInfo info, List<String> signers) {}

    synchronized void add(PresignatureInfo info, List<String> signers) {
        entries.addLast(new Entry(info, List.copyOf(signers)));
    }

    /** Removes and returns the oldest presignature whose signers are all in {@code usable}. */
    synchronized Optional<Entry> take(Set<String> usable) {
        Iterator<Entry> iterator = entries.iterator();
        while (iterator.hasNext()) {
            Entry entry = iterator.next();
            if (usable.containsAll(entry.signers())) {
                iterator.remove();
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    /**
     * Forgets every presignature {@code node} holds part of: a node retires its presignatures when it starts
     * (docs/NODES.md), so after it reconnects they cannot be used.
     *
     * @return how many were forgotten
     */
    synchronized int forgetHeldBy(String node) {
        int before = entries.size();
        entries.removeIf(entry -> entry.signers().contains(node));
        return before - entries.size();
    }

    synchronized int size() {
        return entries.size();
    }

    /** The pool's sessions, oldest first (for inspection). */
    synchronized <T> List<T> map(Function<Entry, T> mapper) {
        return entries.stream().map(mapper).toList();
    }
}
