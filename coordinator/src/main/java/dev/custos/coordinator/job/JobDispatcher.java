package dev.custos.coordinator.job;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.link.NodeLinkListener;
import dev.custos.coordinator.link.NodeLinks;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.envelope.Envelope;
import dev.custos.node.envelope.EnvelopeHeader;
import dev.custos.node.envelope.Recipient;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import dev.custos.node.link.LinkException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The coordinator's side of the links while jobs run: sends job starts, routes the nodes' envelopes by their headers
 * (session, recipient) to the job's other participants without opening them, hands the nodes' results to their jobs,
 * and fails an attempt that does not finish in time. It holds no key and cannot read a direct payload.
 */
final class JobDispatcher implements NodeLinkListener {
    private static final System.Logger LOG = System.getLogger(JobDispatcher.class.getName());

    private final NodeLinks links;
    private final Duration timeout;
    private final Map<SessionId, RunningJob> byJobSession = new ConcurrentHashMap<>();
    private final Map<SessionId, RunningJob> byProtocolSession = new ConcurrentHashMap<>();
    private final Map<SessionId, ScheduledFuture<?>> timeouts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "custos-job-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    private final PolicyDeliveries policies;
    private final Consumer<String> reconnected;

    /** A dispatcher over {@code links}; {@code connected} hears of each node that connects (again). */
    JobDispatcher(NodeLinks links, Duration timeout, Consumer<String> connected) {
        this.links = requireNonNull(links, "links is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.reconnected = requireNonNull(connected, "connected is null");
        this.policies = new PolicyDeliveries(links, timeout, timer);
        links.listener(this);
    }

    /** The policy deliveries in flight. */
    PolicyDeliveries policies() {
        return policies;
    }

    /** Registers {@code start} and sends it to every participant; the attempt fails if one cannot be reached. */
    RunningJob launch(JobMessage.JobStart start) {
        RunningJob job = new RunningJob(start);
        byJobSession.put(start.session(), job);
        byProtocolSession.put(job.protocolSession(), job);
        timeouts.put(
                start.session(),
                timer.schedule(
                        () -> job.fail(JobFailure.found(
                                FailureKind.ABORTED,
                                Optional.empty(),
                                "timed out after " + timeout.toMillis() + " ms waiting for " + job.waitingFor())),
                        timeout.toMillis(),
                        TimeUnit.MILLISECONDS));
        for (String node : start.participants()) {
            send(job, node, start);
        }
        return job;
    }

    /** Sends {@code message} to {@code node} for {@code job}; failing to reach it fails the attempt. */
    void send(RunningJob job, String node, JobMessage message) {
        try {
            links.send(node, JobMessageCodec.encode(message));
        } catch (LinkException e) {
            job.fail(JobFailure.found(
                    FailureKind.ABORTED,
                    Optional.empty(),
                    "node '" + node + "' could not be reached: " + e.getMessage()));
        }
    }

    /** Forgets {@code job}; if {@code abort}, tells its participants to drop the session. */
    void close(RunningJob job, Optional<String> abort) {
        job.finish();
        JobMessage.JobStart start = job.start();
        byJobSession.remove(start.session());
        byProtocolSession.remove(job.protocolSession());
        ScheduledFuture<?> pending = timeouts.remove(start.session());
        if (pending != null) {
            pending.cancel(false);
        }
        abort.ifPresent(reason -> {
            for (String node : start.participants()) {
                try {
                    links.send(
                            node,
                            JobMessageCodec.encode(new JobMessage.JobAbort(start.job(), start.session(), reason)));
                } catch (LinkException e) {
                    LOG.log(Level.DEBUG, "could not tell {0} to abort {1}", node, start.job());
                }
            }
        });
    }

    @Override
    public void onMessage(String node, byte[] message) {
        JobMessage decoded;
        try {
            decoded = JobMessageCodec.decode(message);
        } catch (InvalidEncodingException e) {
            LOG.log(Level.WARNING, "dropped a message from node {0}: {1}", node, e.getMessage());
            return;
        }
        switch (decoded) {
            case JobMessage.Relay relay -> route(node, relay);
            case JobMessage.JobResult result -> {
                RunningJob job = byJobSession.get(result.session());
                if (job != null && job.start().job().equals(result.job())) {
                    job.onOutcome(node, result.outcome());
                }
            }
            case JobMessage.PolicyReport report -> policies.onReport(node, report);
            default -> LOG.log(Level.WARNING, "node {0} sent a {1}, which only the coordinator sends", node, decoded);
        }
    }

    @Override
    public void onConnected(String node) {
        reconnected.accept(node);
        policies.onConnected(node);
    }

    @Override
    public void onDisconnected(String node, String reason) {
        policies.onDisconnected(node, reason);
        for (RunningJob job : byJobSession.values()) {
            if (job.takesPart(node)) {
                job.fail(JobFailure.found(
                        FailureKind.ABORTED, Optional.empty(), "node '" + node + "' disconnected: " + reason));
            }
        }
    }

    private void route(String node, JobMessage.Relay relay) {
        EnvelopeHeader header;
        try {
            header = Envelope.decode(relay.envelope()).header();
        } catch (InvalidEncodingException e) {
            LOG.log(Level.WARNING, "node {0} sent an envelope that does not decode: {1}", node, e.getMessage());
            return;
        }
        RunningJob job = byProtocolSession.get(header.session());
        if (job == null || job.isOver() || !header.from().equals(node) || !job.takesPart(node)) {
            LOG.log(Level.DEBUG, "dropped an envelope from {0} for no running job of theirs", node);
            return;
        }
        switch (header.to()) {
            case Recipient.Direct direct -> {
                if (job.takesPart(direct.name())) {
                    send(job, direct.name(), relay);
                }
            }
            case Recipient.Broadcast broadcast -> {
                for (String participant : job.start().participants()) {
                    if (!participant.equals(node)) {
                        send(job, participant, relay);
                    }
                }
            }
        }
    }

    /** Stops the timer. */
    void shutdown() {
        timer.shutdownNow();
    }
}
