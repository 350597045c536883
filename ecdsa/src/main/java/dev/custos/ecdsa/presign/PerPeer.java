package dev.custos.ecdsa.presign;

import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Runs one task per peer on an executor and returns the results in peer order. The tasks share no mutable state: each
 * reads the party's finished earlier rounds and returns its result; the caller applies the results on its own thread.
 * All tasks finish before a failure is reported, and the failure reported is that of the first failing peer in peer
 * order, so the outcome (values and culprit) does not depend on scheduling.
 */
final class PerPeer {
    /** The work for one peer; {@code index} is the peer's position in the list. */
    @FunctionalInterface
    interface Task<T> {
        T run(int index, Identifier peer) throws EcdsaException;
    }

    private PerPeer() {}

    static <T> List<T> run(List<Identifier> peers, Executor executor, Task<T> task) throws EcdsaException {
        List<CompletableFuture<T>> futures = new ArrayList<>(peers.size());
        for (int i = 0; i < peers.size(); i++) {
            int index = i;
            Identifier peer = peers.get(i);
            futures.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            return task.run(index, peer);
                        } catch (EcdsaException e) {
                            throw new CompletionException(e);
                        }
                    },
                    executor));
        }
        List<T> results = new ArrayList<>(peers.size());
        Throwable failure = null;
        for (CompletableFuture<T> future : futures) {
            try {
                results.add(future.join());
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() == null ? e : e.getCause();
                }
            }
        }
        if (failure instanceof EcdsaException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("per-peer task failed", failure);
        }
        return results;
    }
}
