package dev.custos.node.job;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.Committee;
import dev.custos.node.envelope.Envelope;
import dev.custos.node.envelope.EnvelopeSealer;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.job.message.FailureKind;
import dev.custos.node.job.message.JobMessage;
import dev.custos.node.job.message.JobMessageCodec;
import dev.custos.node.job.message.Outcome;
import dev.custos.node.job.message.PolicyStatus;
import dev.custos.node.job.protocol.ProtocolFailure;
import dev.custos.node.link.CoordinatorLink;
import dev.custos.node.link.LinkException;
import dev.custos.node.link.LinkListener;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A signer node's job engine: receives job messages from the coordinator link, runs each job's protocol with its peers
 * through signed and encrypted envelopes, and reports results. Every job is handled on one thread per runtime, in the
 * order the link delivered its messages. Before it sends anything for a job, the node checks the job against its own
 * records ({@link JobAdmission}) and claims the job's session durably, so a replayed job or a reused session is
 * refused even after a restart. Nothing is resumed after a restart: a run the restart interrupted is dead, its FROST
 * nonces are removed, and its ECDSA presigning session stays used.
 */
public final class NodeRuntime implements LinkListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(NodeRuntime.class.getName());

    private final NodeKeys keys;
    private final NodeStorage storage;
    private final EnvelopeSealer sealer;
    private final ScheduledExecutorService executor;
    private final ScheduledFuture<?> expiry;
    private volatile Optional<CoordinatorLink> link = Optional.empty();
    private final EarlyEnvelopes early = new EarlyEnvelopes();
    private final Map<SessionId, ActiveJob> byJobSession = new HashMap<>();
    private final Map<SessionId, JobSession> byProtocolSession = new HashMap<>();
    private final JobStarter starter;
    private final Optional<PolicyInstaller> policies;

    /** How long a job may stay in progress on a node before the node ends it and destroys its secrets. */
    public static final Duration JOB_LIFETIME = Duration.ofMinutes(10);

    /**
     * A runtime for the node with {@code keys}, member of {@code committee}, keeping its state in {@code storage}, and
     * signing only what {@code authorizer} authorizes.
     */
    public NodeRuntime(
            NodeKeys keys, Committee committee, NodeStorage storage, SigningAuthorizer authorizer, SecureRandom random)
            throws IOException {
        this(keys, committee, storage, authorizer, Optional.empty(), random);
    }

    /**
     * A runtime as above that also installs the policies the coordinator delivers through {@code policies} (without
     * one, a delivery is refused: the node takes no policy from the coordinator).
     */
    public NodeRuntime(
            NodeKeys keys,
            Committee committee,
            NodeStorage storage,
            SigningAuthorizer authorizer,
            Optional<PolicyInstaller> policies,
            SecureRandom random)
            throws IOException {
        this.policies = requireNonNull(policies, "policies is null");
        this.keys = requireNonNull(keys, "keys is null");
        this.storage = requireNonNull(storage, "storage is null");
        requireNonNull(committee, "committee is null");
        requireNonNull(authorizer, "authorizer is null");
        requireNonNull(random, "random is null");
        this.sealer = new EnvelopeSealer(keys, committee, random);
        int purged = storage.nonces().purge();
        if (purged > 0) {
            LOG.log(Level.INFO, "removed {0} FROST nonce pairs of signings a restart interrupted", purged);
        }
        int retired = storage.presignatures().retireAll();
        if (retired > 0) {
            LOG.log(
                    Level.INFO,
                    "retired {0} ECDSA presignatures kept before this start (a backup could have brought"
                            + " back used ones)",
                    retired);
        }
        this.starter = new JobStarter(keys, committee, storage, authorizer, random, sealer);
        String name = keys.identity().name();
        this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custos-node-" + name);
            thread.setDaemon(true);
            return thread;
        });
        this.expiry = executor.scheduleWithFixedDelay(this::expire, 30, 30, TimeUnit.SECONDS);
    }

    /** This node's name. */
    public String name() {
        return keys.identity().name();
    }

    /** The storage this runtime keeps its state in (for inspection). */
    public NodeStorage storage() {
        return storage;
    }

    /** Sends through {@code coordinator} from now on. */
    public void attach(CoordinatorLink coordinator) {
        link = Optional.of(requireNonNull(coordinator, "coordinator is null"));
    }

    @Override
    public void onMessage(byte[] message) {
        byte[] copy = message.clone();
        executor.execute(() -> handle(copy));
    }

    @Override
    public void onDisconnected(String reason) {
        LOG.log(Level.WARNING, "node {0}: the coordinator link is down: {1}", name(), reason);
    }

    private void handle(byte[] bytes) {
        JobMessage message;
        try {
            message = JobMessageCodec.decode(bytes);
        } catch (InvalidEncodingException e) {
            LOG.log(Level.WARNING, "node {0}: dropped a message from the coordinator: {1}", name(), e.getMessage());
            return;
        }
        try {
            switch (message) {
                case JobMessage.JobStart start -> start(start);
                case JobMessage.Relay relay -> relay(relay.envelope());
                case JobMessage.SigningPackageDelivery delivery -> signingPackage(delivery);
                case JobMessage.JobAbort abort -> abort(abort);
                case JobMessage.PolicyDelivery delivery -> send(installPolicy(delivery));
                case JobMessage.JobResult result ->
                    LOG.log(Level.WARNING, "node {0}: the coordinator sent a job result; ignored", name());
                case JobMessage.PolicyReport report ->
                    LOG.log(Level.WARNING, "node {0}: the coordinator sent a policy report; ignored", name());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "node " + name() + ": a job message failed unexpectedly", e);
            failUnexpectedly(message, e);
        }
    }

    private JobMessage.PolicyReport installPolicy(JobMessage.PolicyDelivery delivery) {
        return policies.map(installer -> installer.install(delivery))
                .orElseGet(() -> new JobMessage.PolicyReport(
                        delivery.delivery(),
                        PolicyStatus.REFUSED,
                        0,
                        "this node takes no policies from the coordinator (it runs without a policy store)"));
    }

    /** Ends the job a message that failed unexpectedly belongs to (its secrets destroyed) and reports it. */
    private void failUnexpectedly(JobMessage message, RuntimeException e) {
        Optional<JobMessage.JobStart> start = switch (message) {
            case JobMessage.JobStart direct -> Optional.of(direct);
            case JobMessage.SigningPackageDelivery delivery ->
                Optional.ofNullable(byJobSession.get(delivery.session())).map(ActiveJob::start);
            case JobMessage.Relay relay -> relayedJob(relay.envelope());
            default -> Optional.empty();
        };
        start.ifPresent(job -> finish(
                job, Outcome.Failed.of(FailureKind.ABORTED, Optional.empty(), "the node failed unexpectedly: " + e)));
    }

    private Optional<JobMessage.JobStart> relayedJob(byte[] envelope) {
        try {
            return Optional.ofNullable(byProtocolSession.get(
                            Envelope.decode(envelope).header().session()))
                    .map(JobSession::start);
        } catch (InvalidEncodingException ignored) {
            return Optional.empty();
        }
    }

    private void start(JobMessage.JobStart start) {
        if (byJobSession.containsKey(start.session())) {
            report(
                    start,
                    JobAdmission.refused("session " + start.session().toHex() + " is in use")
                            .outcome());
            return;
        }
        try {
            JobStarter.Started started = starter.start(start, this::send);
            started.active().ifPresent(active -> {
                byJobSession.put(start.session(), active);
                active.session().ifPresent(run -> byProtocolSession.put(JobBinding.protocolSession(start), run));
            });
            started.outcome().ifPresent(outcome -> report(start, outcome));
            if (started.active().flatMap(ActiveJob::session).isPresent()) {
                for (byte[] envelope : early.take(JobBinding.protocolSession(start))) {
                    relay(envelope);
                }
            }
        } catch (ProtocolFailure failure) {
            report(start, failure.outcome());
        }
    }

    private void relay(byte[] envelope) {
        SessionId session;
        try {
            session = Envelope.decode(envelope).header().session();
        } catch (InvalidEncodingException e) {
            LOG.log(
                    Level.WARNING,
                    "node {0}: dropped a relayed envelope that does not decode: {1}",
                    name(),
                    e.getMessage());
            return;
        }
        JobSession run = byProtocolSession.get(session);
        if (run == null) {
            early.keep(session, envelope);
            return;
        }
        try {
            Optional<Outcome> outcome = run.receive(envelope);
            outcome.ifPresent(result -> finish(run.start(), result));
        } catch (ProtocolFailure failure) {
            finish(run.start(), failure.outcome());
        }
    }

    private void signingPackage(JobMessage.SigningPackageDelivery delivery) {
        ActiveJob active = byJobSession.get(delivery.session());
        if (active == null
                || active.signing().isEmpty()
                || !active.start().job().equals(delivery.job())) {
            LOG.log(
                    Level.WARNING,
                    "node {0}: a signing package for no signing in progress ({1}); ignored",
                    name(),
                    delivery.job());
            return;
        }
        try {
            finish(active.start(), active.signing().get().respond(delivery.signingPackage()));
        } catch (ProtocolFailure failure) {
            finish(active.start(), failure.outcome());
        }
    }

    private void abort(JobMessage.JobAbort abort) {
        ActiveJob active = byJobSession.get(abort.session());
        if (active != null && active.start().job().equals(abort.job())) {
            LOG.log(Level.INFO, "node {0}: job {1} aborted: {2}", name(), abort.job(), abort.reason());
            end(active);
        }
    }

    /**
     * Ends the jobs in progress for longer than {@link #JOB_LIFETIME} (a coordinator that vanished between FROST's
     * rounds, a peer that never answered): their secrets, FROST nonces included, do not outlive them.
     */
    private void expire() {
        long now = System.nanoTime();
        for (ActiveJob active : List.copyOf(byJobSession.values())) {
            if (now - active.startedNanos() > JOB_LIFETIME.toNanos()) {
                finish(
                        active.start(),
                        Outcome.Failed.of(
                                FailureKind.ABORTED,
                                Optional.empty(),
                                "the job was still in progress after " + JOB_LIFETIME.toMinutes() + " minutes"));
            }
        }
    }

    private void finish(JobMessage.JobStart start, Outcome outcome) {
        ActiveJob active = byJobSession.get(start.session());
        if (active != null) {
            end(active);
        }
        report(start, outcome);
    }

    private void end(ActiveJob active) {
        byJobSession.remove(active.start().session());
        active.session().ifPresent(run -> {
            run.end();
            byProtocolSession.values().remove(run);
        });
        active.signing().ifPresent(FrostSigning::end);
        early.forget(JobBinding.protocolSession(active.start()));
    }

    private void report(JobMessage.JobStart start, Outcome outcome) {
        if (outcome instanceof Outcome.Failed failed) {
            LOG.log(Level.WARNING, "node {0}: job {1} failed: {2}", name(), start.job(), failed);
        }
        send(new JobMessage.JobResult(start.job(), start.session(), outcome));
    }

    private void send(JobMessage message) {
        Optional<CoordinatorLink> current = link;
        if (current.isEmpty()) {
            LOG.log(Level.WARNING, "node {0}: no coordinator link; dropped {1}", name(), message);
            return;
        }
        try {
            current.get().send(JobMessageCodec.encode(message));
        } catch (LinkException e) {
            LOG.log(Level.WARNING, "node {0}: could not send {1}: {2}", name(), message, e.getMessage());
        }
    }

    /** Stops the runtime: ends every run (destroying its secrets) and the worker thread. The keystore stays open. */
    @Override
    public void close() {
        executor.execute(() -> {
            byJobSession.values().forEach(active -> {
                active.session().ifPresent(JobSession::end);
                active.signing().ifPresent(FrostSigning::end);
            });
            byJobSession.clear();
            byProtocolSession.clear();
            storage.wallets().destroyCached();
        });
        expiry.cancel(false);
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "NodeRuntime[" + name() + "]";
    }
}
