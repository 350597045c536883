package dev.custos.watch.follow;

import dev.custos.chain.rpc.JsonRpcException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Follower}: steps back to back while behind, one step per interval once caught up, until stopped.
 * {@link #stop(Duration)} lets the current step finish (its checkpoint written) and waits for it. A node that does not answer
 * is reported and tried again next interval; a failing sink or state file, or a reorganisation deeper than the kept
 * blocks, ends the loop with the exception.
 */
public final class WatchLoop {
    /** What the loop reports: each step, and each time the node did not answer (it is tried again). */
    public interface Listener {
        void stepped(StepReport report);

        void nodeFailed(String message);
    }

    private final Follower follower;
    private final Duration interval;
    private final int confirmations;
    private final Listener listener;
    private final Object wakeUp = new Object();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;

    /**
     * @param follower the follower to run
     * @param interval how long to wait between steps once caught up (or after the node failed to answer)
     * @param confirmations the follower's confirmation depth (to tell when it caught up)
     * @param listener hears of every step and every failure of the node to answer
     */
    public WatchLoop(Follower follower, Duration interval, int confirmations, Listener listener) {
        this.follower = Objects.requireNonNull(follower, "follower is null");
        this.interval = Objects.requireNonNull(interval, "interval is null");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        this.confirmations = confirmations;
        this.listener = Objects.requireNonNull(listener, "listener is null");
    }

    /**
     * Steps until stopped; with {@code once}, until the follower reached the confirmed head (a node that does not
     * answer then ends the loop with its exception).
     */
    public void run(boolean once) throws IOException, ReorgTooDeepException {
        try {
            while (!stopping) {
                boolean wait;
                try {
                    StepReport report = follower.step();
                    listener.stepped(report);
                    boolean caughtUp = report.caughtUp(confirmations);
                    if (once && caughtUp) {
                        return;
                    }
                    wait = caughtUp || report.note().isPresent();
                } catch (JsonRpcException e) {
                    if (once) {
                        throw e;
                    }
                    listener.nodeFailed(
                            "the node did not answer (" + e.getMessage() + "); trying again in " + interval);
                    wait = true;
                }
                if (wait) {
                    pause();
                }
            }
        } finally {
            finished.countDown();
        }
    }

    /** Asks the loop to stop after the current step and waits up to {@code timeout} for it; whether it stopped. */
    public boolean stop(Duration timeout) {
        stopping = true;
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
        try {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void pause() {
        long deadline = System.nanoTime() + interval.toNanos();
        synchronized (wakeUp) {
            while (!stopping) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(wakeUp, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                }
            }
        }
    }
}
