package dev.custos.coordinator.job;

import dev.custos.coordinator.link.InMemoryLinks;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import dev.custos.node.job.message.Outcome;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Records the job messages on the in-memory links: what the coordinator sent each node and what the nodes sent back. */
final class Recorder {
    /**
     * One message on a link.
     *
     * @param node the node at the other end
     * @param message the message
     */
    record Seen(String node, JobMessage message) {}

    final List<Seen> sent = new CopyOnWriteArrayList<>();
    final LinkedBlockingQueue<Seen> received = new LinkedBlockingQueue<>();
    private final List<Seen> receivedLog = new CopyOnWriteArrayList<>();

    /** Records everything on {@code links}, delivering it unchanged. */
    static Recorder on(InMemoryLinks links) {
        Recorder recorder = new Recorder();
        links.tap((node, message) -> {
            recorder.sent.add(new Seen(node, decode(message)));
            return List.of(message);
        });
        links.observe((node, message) -> {
            Seen seen = new Seen(node, decode(message));
            recorder.received.add(seen);
            recorder.receivedLog.add(seen);
        });
        return recorder;
    }

    /** The job starts the coordinator sent, in order. */
    List<Seen> starts() {
        return sent.stream()
                .filter(seen -> seen.message() instanceof JobMessage.JobStart)
                .toList();
    }

    /** The outcomes nodes reported so far. */
    List<Seen> results() {
        return receivedLog.stream()
                .filter(seen -> seen.message() instanceof JobMessage.JobResult)
                .toList();
    }

    /** Waits for a result from {@code node} matching {@code filter}. */
    Outcome awaitResult(String node, Predicate<JobMessage.JobResult> filter) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Seen seen = received.poll(1, TimeUnit.SECONDS);
            if (seen != null
                    && seen.node().equals(node)
                    && seen.message() instanceof JobMessage.JobResult result
                    && filter.test(result)) {
                return result.outcome();
            }
        }
        throw new AssertionError("no matching result from " + node);
    }

    static JobMessage decode(byte[] message) {
        try {
            return JobMessageCodec.decode(message);
        } catch (InvalidEncodingException e) {
            throw new AssertionError("a link carried a message that does not decode", e);
        }
    }
}
