package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.link.NodeLinks;
import dev.custos.node.job.message.JobId;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import dev.custos.node.link.LinkException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Policy deliveries in flight: sends a signed policy to nodes and collects their reports. The coordinator cannot read
 * more into a policy than its bytes: each node verifies the admins' signatures and the version itself.
 */
final class PolicyDeliveries {
    private static final System.Logger LOG = System.getLogger(PolicyDeliveries.class.getName());

    private final NodeLinks links;
    private final Duration timeout;
    private final ScheduledExecutorService timer;
    private final Map<JobId, Pending> pending = new ConcurrentHashMap<>();

    PolicyDeliveries(NodeLinks links, Duration timeout, ScheduledExecutorService timer) {
        this.links = requireNonNull(links, "links is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.timer = requireNonNull(timer, "timer is null");
    }

    /** Sends {@code signedPolicy} under {@code delivery} to {@code nodes}; completes when each answered or timed out. */
    CompletableFuture<PolicyDeliveryResult> deliver(JobId delivery, byte[] signedPolicy, Collection<String> nodes) {
        Pending entry = new Pending(nodes.size());
        pending.put(delivery, entry);
        byte[] message = JobMessageCodec.encode(new JobMessage.PolicyDelivery(delivery, signedPolicy));
        for (String node : nodes) {
            entry.expect(node);
        }
        for (String node : nodes) {
            try {
                links.send(node, message);
            } catch (LinkException e) {
                entry.unanswered(node, "not reached: " + e.getMessage());
            }
        }
        ScheduledFuture<?> expiry = timer.schedule(
                () -> entry.timeOut("no report within " + timeout.toMillis() + " ms"),
                timeout.toMillis(),
                TimeUnit.MILLISECONDS);
        return entry.result.whenComplete((result, error) -> {
            pending.remove(delivery);
            expiry.cancel(false);
        });
    }

    /** A node's report; one for no delivery in flight, or from a node it did not go to, is logged and dropped. */
    void onReport(String node, JobMessage.PolicyReport report) {
        Pending entry = pending.get(report.delivery());
        if (entry == null || !entry.report(node, report)) {
            LOG.log(
                    Level.WARNING,
                    "node {0} reported on policy delivery {1}, which it was not sent",
                    node,
                    report.delivery());
        }
    }

    /** A node left: it will not answer the deliveries that wait for it. */
    void onDisconnected(String node, String reason) {
        for (Pending entry : pending.values()) {
            entry.unanswered(node, "disconnected: " + reason);
        }
    }

    /** One delivery's answers so far. */
    private static final class Pending {
        private final Map<String, JobMessage.PolicyReport> reports = new TreeMap<>();
        private final Map<String, String> unanswered = new TreeMap<>();
        private final Map<String, Boolean> waiting = new TreeMap<>();
        final CompletableFuture<PolicyDeliveryResult> result = new CompletableFuture<>();

        Pending(int nodes) {
            if (nodes == 0) {
                throw new IllegalArgumentException("a policy delivery goes to at least one node");
            }
        }

        synchronized void expect(String node) {
            waiting.put(node, Boolean.TRUE);
        }

        synchronized boolean report(String node, JobMessage.PolicyReport report) {
            if (waiting.remove(node) == null) {
                return false;
            }
            reports.put(node, report);
            completeIfDone();
            return true;
        }

        synchronized void unanswered(String node, String reason) {
            if (waiting.remove(node) != null) {
                unanswered.put(node, reason);
                completeIfDone();
            }
        }

        synchronized void timeOut(String reason) {
            for (String node : waiting.keySet()) {
                unanswered.put(node, reason);
            }
            waiting.clear();
            completeIfDone();
        }

        private void completeIfDone() {
            if (waiting.isEmpty()) {
                result.complete(new PolicyDeliveryResult(reports, unanswered));
            }
        }
    }
}
