package dev.custos.server.governance;

import dev.custos.server.api.Route;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.detection.GovernanceEvents;
import dev.custos.server.exposure.ExposureCalculator;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.people.PowerUse;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.signing.SignerCluster;
import dev.custos.server.storage.Database;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Governed policy changes assembled: routes, the service, and the sweep that activates proposals after their lock. */
public final class Governance implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Governance.class);

    private final ProposalService service;
    private final ScheduledExecutorService sweeper;
    private final ScheduledFuture<?> sweeping;

    public Governance(
            Database database,
            PolicyStore policies,
            SignerCluster cluster,
            AuditTrail audit,
            ExposureCalculator exposure,
            AlertStore alerts,
            Passkeys passkeys,
            GovernanceEvents feed,
            PowerUse powerUse,
            Clock clock) {
        this.service = new ProposalService(
                new ProposalStore(database, clock),
                policies,
                cluster,
                audit,
                clock,
                new ProposalExposure(exposure, alerts, audit, clock),
                passkeys,
                feed,
                powerUse);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custos-governance-sweep");
            thread.setDaemon(true);
            return thread;
        });
        this.sweeping = sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    public List<Route> routes() {
        return new ProposalRoutes(service).routes();
    }

    private void sweep() {
        try {
            service.sweep();
        } catch (RuntimeException e) {
            LOG.warn("the sweep of time-locked policy changes failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        sweeping.cancel(false);
        sweeper.shutdownNow();
    }
}
