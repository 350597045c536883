package dev.custos.detect.pipeline;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.Detector;
import dev.custos.detect.RiskView;
import dev.custos.detect.event.Event;
import dev.custos.detect.explain.EntityRef;
import dev.custos.detect.explain.Finding;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs some detectors over a batch of events on a second thread while the pipeline's thread runs the others and
 * then, event by event, the gate and the correlator. Only detectors whose findings depend on nothing but their own
 * state and the event may run here: they never read the accumulated risk (they get a view that refuses), and each
 * keeps its own state, so running them ahead gives exactly the findings they would give in order. The pipeline's
 * thread takes the findings of event {@code i} once the side thread has passed it.
 */
final class SideDetectors {
    /** One daemon thread at a time per batch in flight; idle threads end after a minute. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "custos-detect-side");
        thread.setDaemon(true);
        return thread;
    });

    /** A risk view for detectors that must not read the accumulated risk. */
    static final RiskView NO_RISK = new RiskView() {
        @Override
        public int riskOf(EntityRef entity) {
            throw new IllegalStateException("a side detector read the accumulated risk");
        }
    };

    private final List<Detector> detectors;
    private final List<Event> events;
    private final boolean[] skipped;
    private final List<List<Finding>>[] findings;
    private final AtomicInteger done = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile RuntimeException failure;
    private final Future<?> running;

    @SuppressWarnings("unchecked")
    private SideDetectors(List<Detector> detectors, List<Event> events, boolean[] skipped) {
        this.detectors = detectors;
        this.events = events;
        this.skipped = skipped;
        this.findings = (List<List<Finding>>[]) new List<?>[events.size()];
        this.running = THREADS.submit(this::run);
    }

    /**
     * Starts {@code detectors} over {@code events} on the side thread; events with {@code skipped[i]} are not shown
     * to them (repeated requests).
     */
    static SideDetectors start(List<Detector> detectors, List<Event> events, boolean[] skipped) {
        requireNonNull(detectors, "detectors is null");
        requireNonNull(events, "events is null");
        if (skipped.length != events.size()) {
            throw new IllegalArgumentException("one skip flag per event");
        }
        return new SideDetectors(detectors, events, skipped);
    }

    private void run() {
        try {
            for (int i = 0; i < events.size() && !cancelled; i++) {
                if (!skipped[i]) {
                    Event event = events.get(i);
                    @SuppressWarnings("unchecked")
                    List<Finding>[] perDetector = (List<Finding>[]) new List<?>[detectors.size()];
                    for (int d = 0; d < detectors.size(); d++) {
                        perDetector[d] = detectors.get(d).observe(event, NO_RISK);
                    }
                    findings[i] = List.of(perDetector);
                }
                done.lazySet(i + 1);
            }
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            done.set(Integer.MAX_VALUE);
        }
    }

    /**
     * The findings of event {@code i}, one list per side detector in their order, waiting for the side thread to pass
     * it. A failure of a side detector is rethrown here.
     */
    List<List<Finding>> findingsOf(int i) {
        int spins = 0;
        while (done.get() <= i) {
            if (++spins < 200) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(20_000);
            }
        }
        RuntimeException failed = failure;
        if (failed != null) {
            throw new IllegalStateException("a side detector failed: " + failed.getMessage(), failed);
        }
        List<List<Finding>> found = findings[i];
        if (found == null) {
            throw new IllegalStateException("event " + i + " was skipped by the side detectors");
        }
        findings[i] = null;
        return found;
    }

    /** Stops the side thread after the event in hand and waits for it, so that no detector runs after this returns. */
    void finish() {
        cancelled = true;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    running.get();
                    return;
                } catch (InterruptedException e) {
                    // keep waiting: no detector may run on after the pipeline's thread goes on
                    interrupted = true;
                } catch (ExecutionException e) {
                    return; // run() catches its own failures; nothing else ends it exceptionally
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
