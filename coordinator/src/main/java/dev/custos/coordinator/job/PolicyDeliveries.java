package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.link.NodeLinks;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.job.message.JobId;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import dev.custos.node.job.message.PolicyStatus;
import dev.custos.node.link.LinkException;
import dev.custos.node.policy.SignedPolicy;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
    private final Set<JobId> resyncs = ConcurrentHashMap.newKeySet();
    private final AtomicLong resyncCount = new AtomicLong();
    private volatile Optional<Latest> latest = Optional.empty();

    /** The newest policy some node accepted: what a node that (re)connects is sent. */
    private record Latest(long version, byte[] encoded) {}

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
            if (result != null) {
                remember(signedPolicy, result);
            }
        });
    }

    /**
     * Remembers {@code signedPolicy} as the policy to send to nodes that connect later, if a node accepted it (so it
     * is signed by the committee's admins) and it is newer than the one remembered.
     */
    private void remember(byte[] signedPolicy, PolicyDeliveryResult result) {
        long version;
        try {
            version = SignedPolicy.decode(signedPolicy).version();
        } catch (InvalidEncodingException e) {
            return;
        }
        boolean accepted = result.reports().values().stream()
                .anyMatch(report -> report.status() != PolicyStatus.REFUSED && report.installedVersion() == version);
        if (accepted) {
            synchronized (this) {
                if (latest.isEmpty() || latest.get().version() < version) {
                    latest = Optional.of(new Latest(version, signedPolicy.clone()));
                }
            }
        }
    }

    /**
     * A node (re)connected: it is sent the newest policy a node accepted, in case it was away when that was
     * delivered. It installs it only if it verifies and is newer than its own; its report is logged.
     */
    void onConnected(String node) {
        Optional<Latest> newest = latest;
        if (newest.isEmpty()) {
            return;
        }
        JobId delivery = new JobId("policy-resync-" + resyncCount.incrementAndGet());
        resyncs.add(delivery);
        try {
            links.send(
                    node,
                    JobMessageCodec.encode(
                            new JobMessage.PolicyDelivery(delivery, newest.get().encoded())));
        } catch (LinkException e) {
            resyncs.remove(delivery);
            LOG.log(
                    Level.DEBUG,
                    "could not send policy version {0} to {1}: {2}",
                    newest.get().version(),
                    node,
                    e.getMessage());
        }
    }

    /** A node's report; one for no delivery in flight, or from a node it did not go to, is logged and dropped. */
    void onReport(String node, JobMessage.PolicyReport report) {
        if (resyncs.remove(report.delivery())) {
            switch (report.status()) {
                case INSTALLED ->
                    LOG.log(
                            Level.INFO,
                            "node {0} installed policy version {1} on reconnecting",
                            node,
                            report.installedVersion());
                case UNCHANGED ->
                    LOG.log(Level.DEBUG, "node {0} holds policy version {1}", node, report.installedVersion());
                case REFUSED ->
                    LOG.log(
                            Level.WARNING,
                            "node {0} refused the newest policy on reconnecting: {1}",
                            node,
                            report.reason());
            }
            return;
        }
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
