package dev.custos.server.requests;

import dev.custos.server.api.Route;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.detection.VerdictIssuer;
import dev.custos.server.metrics.ServerMetrics;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.signing.SignerCluster;
import dev.custos.server.storage.Database;
import dev.custos.server.wallets.WalletStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The request side of the server assembled: routes, the service behind them, and the sweep that hands due delayed
 * requests to the nodes. On start it resumes requests a stop interrupted while they were being signed.
 */
public final class Requests implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Requests.class);

    private final RequestService service;
    private final ShadowComparison shadow;
    private final VerdictIssuer detection;
    private final ScheduledExecutorService sweeper;
    private final ScheduledFuture<?> sweeping;
    private final RequestInspector inspector;

    public Requests(
            Database database,
            WalletStore wallets,
            PolicyStore policies,
            SignerCluster cluster,
            AuditTrail audit,
            VerdictIssuer detection,
            AlertStore alerts,
            Passkeys passkeys,
            ServerMetrics metrics,
            Clock clock,
            Duration approvalWindow) {
        this.detection = detection;
        RequestStore store = new RequestStore(database, clock);
        SigningDispatcher dispatcher = new SigningDispatcher(store, wallets, cluster, audit, metrics, clock);
        this.service = new RequestService(
                store, wallets, policies, dispatcher, detection, alerts, audit, passkeys, clock, approvalWindow);
        this.inspector = new RequestInspector(store, policies, clock);
        this.shadow = new ShadowComparison(store, policies);
        service.resumeSigning();
        this.sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "custos-request-sweep");
            thread.setDaemon(true);
            return thread;
        });
        this.sweeping = sweeper.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    public List<Route> routes() {
        List<Route> routes = new ArrayList<>(new RequestRoutes(service).routes());
        routes.addAll(shadow.routes());
        return routes;
    }

    /** Decodes stored requests again from their bytes for display (the console's request view). */
    public RequestInspector inspector() {
        return inspector;
    }

    private void sweep() {
        try {
            service.sweep();
        } catch (RuntimeException e) {
            LOG.warn("the sweep of delayed requests failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        sweeping.cancel(false);
        sweeper.shutdownNow();
        try {
            detection.save();
        } catch (IOException e) {
            LOG.warn("could not save detection's learned state: {}", e.getMessage());
        }
    }
}
