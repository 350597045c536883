package dev.custos.server;

import static java.util.Objects.requireNonNull;

import dev.custos.audit.log.AuditException;
import dev.custos.audit.note.NoteSigner;
import dev.custos.server.access.ApiTokens;
import dev.custos.server.api.ApiServer;
import dev.custos.server.api.Route;
import dev.custos.server.audit.AuditKey;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.console.Console;
import dev.custos.server.console.session.SessionStore;
import dev.custos.server.detection.AlertStore;
import dev.custos.server.detection.DetectionRoutes;
import dev.custos.server.detection.SignInFeed;
import dev.custos.server.detection.TokenUseFeed;
import dev.custos.server.detection.VerdictIssuer;
import dev.custos.server.exposure.ExposureCalculator;
import dev.custos.server.exposure.ExposureRoutes;
import dev.custos.server.governance.Governance;
import dev.custos.server.metrics.ServerMetrics;
import dev.custos.server.nodes.NodePresence;
import dev.custos.server.nodes.NodeRoutes;
import dev.custos.server.passkeys.EnrollmentLinks;
import dev.custos.server.passkeys.PasskeyRoutes;
import dev.custos.server.passkeys.PasskeyStore;
import dev.custos.server.passkeys.Passkeys;
import dev.custos.server.passkeys.WebOrigin;
import dev.custos.server.people.PeopleStore;
import dev.custos.server.policy.PolicyRoutes;
import dev.custos.server.policy.PolicyStore;
import dev.custos.server.policy.StarterRoutes;
import dev.custos.server.requests.Requests;
import dev.custos.server.routes.AuditRoutes;
import dev.custos.server.routes.OffboardingRoutes;
import dev.custos.server.routes.PeopleRoutes;
import dev.custos.server.routes.SystemRoutes;
import dev.custos.server.routes.SystemRoutes.NodeCount;
import dev.custos.server.routes.TokenRoutes;
import dev.custos.server.signing.SignerCluster;
import dev.custos.server.storage.Database;
import dev.custos.server.storage.JdbcAuditStore;
import dev.custos.server.storage.ServerLease;
import dev.custos.server.tls.PemCredentials;
import dev.custos.server.wallets.StoredWallet;
import dev.custos.server.wallets.WalletRoutes;
import dev.custos.server.wallets.WalletStore;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The custody server assembled: database, audit trail, tokens, wallets, policy, requests, nodes, and the HTTP API in
 * front of them, driving the signer nodes through a {@link SignerCluster}. Closing it stops the API first, then the
 * background work, then the database; the cluster belongs to the caller.
 */
public final class CustodyServer implements AutoCloseable {
    private final Database database;
    private final ServerLease lease;
    private final ApiTokens tokens;
    private final Requests requests;
    private final Governance governance;
    private final ApiServer api;
    private final WalletStore wallets;
    private final NodePresence presence;

    private CustodyServer(
            Database database,
            ServerLease lease,
            ApiTokens tokens,
            Requests requests,
            Governance governance,
            ApiServer api,
            WalletStore wallets,
            NodePresence presence) {
        this.presence = presence;
        this.database = database;
        this.lease = lease;
        this.tokens = tokens;
        this.requests = requests;
        this.governance = governance;
        this.api = api;
        this.wallets = wallets;
    }

    /**
     * Opens the database (migrating it forward), checks the stored audit log against its last checkpoint, registers
     * the stored wallets with the job engine, and starts serving.
     *
     * @throws IOException when the audit key cannot be read or created
     * @throws AuditException when the stored audit log does not verify
     */
    public static CustodyServer start(CustodySettings settings, SignerCluster cluster, Clock clock)
            throws IOException, AuditException {
        requireNonNull(settings, "settings is null");
        requireNonNull(cluster, "cluster is null");
        requireNonNull(clock, "clock is null");
        SecureRandom random = new SecureRandom();
        ServerLease lease = ServerLease.acquire(settings.database());
        Database database;
        try {
            database = Database.open(settings.database());
        } catch (RuntimeException e) {
            lease.close();
            throw e;
        }
        NodePresence presence = null;
        try {
            NoteSigner auditKey =
                    AuditKey.loadOrCreate(settings.dataFolder().resolve("server"), settings.auditOrigin(), random);
            AuditTrail audit = AuditTrail.open(database, auditKey, List.of(), clock);
            ApiTokens tokens = new ApiTokens(database, clock, random);
            WalletStore wallets = new WalletStore(database, clock);
            for (StoredWallet wallet : wallets.all()) {
                cluster.engine().register(wallet.toEngineWallet());
            }
            PolicyStore policies = new PolicyStore(database, clock);
            PeopleStore people = new PeopleStore(database, clock);
            VerdictIssuer detection = VerdictIssuer.open(settings.dataFolder().resolve("detection"), clock);
            AlertStore alerts = new AlertStore(database, clock);
            AtomicReference<WebOrigin> origin =
                    new AtomicReference<>(settings.consoleOrigin().orElse(null));
            EnrollmentLinks links = new EnrollmentLinks(database, clock, random);
            Passkeys passkeys = new Passkeys(new PasskeyStore(database), links, origin::get, clock, random);
            ServerMetrics metrics = new ServerMetrics(
                    database,
                    () -> cluster.connectedNodes().size(),
                    () -> cluster.nodeNames().size(),
                    audit::size);
            Requests requests = new Requests(
                    database,
                    wallets,
                    policies,
                    cluster,
                    audit,
                    detection,
                    alerts,
                    passkeys,
                    metrics,
                    clock,
                    settings.approvalWindow());
            List<Route> routes = new ArrayList<>(new SystemRoutes(() -> new NodeCount(
                            cluster.connectedNodes().size(), cluster.nodeNames().size()))
                    .routes());
            routes.addAll(metrics.routes());
            SessionStore sessions = new SessionStore(database, clock, random);
            routes.addAll(new TokenRoutes(tokens, audit, sessions::endAll).routes());
            routes.addAll(new OffboardingRoutes(people, tokens, sessions::endAll, policies, audit).routes());
            routes.addAll(new PeopleRoutes(people, audit).routes());
            routes.addAll(new PasskeyRoutes(passkeys, links, people, audit).routes());
            routes.addAll(new StarterRoutes(
                            wallets,
                            people,
                            passkeys,
                            policies,
                            () -> detection.publicKey().toHex(),
                            clock)
                    .routes());
            routes.addAll(new AuditRoutes(audit, new JdbcAuditStore(database)).routes());
            routes.addAll(new WalletRoutes(wallets, cluster, audit, clock).routes());
            routes.addAll(new PolicyRoutes(policies, cluster, audit).routes());
            routes.addAll(requests.routes());
            routes.addAll(new DetectionRoutes(alerts, detection, audit).routes());
            presence = new NodePresence(cluster, clock);
            NodeRoutes nodes = new NodeRoutes(
                    database,
                    cluster,
                    people,
                    audit,
                    clock,
                    () -> policies.active().isEmpty(),
                    presence);
            routes.addAll(nodes.routes());
            ExposureCalculator exposure = new ExposureCalculator(people, nodes, wallets, cluster, clock);
            routes.addAll(new ExposureRoutes(exposure, policies).routes());
            Governance governance =
                    new Governance(database, policies, cluster, audit, exposure, alerts, passkeys, clock);
            routes.addAll(governance.routes());
            Console console = new Console(
                    routes,
                    requests.inspector(),
                    alerts,
                    tokens,
                    passkeys,
                    people,
                    new SignInFeed(detection, alerts, audit, clock),
                    sessions,
                    clock);
            ApiServer api = ApiServer.start(
                    settings.host(),
                    settings.port(),
                    settings.api(),
                    database,
                    tokens,
                    routes,
                    clock,
                    console::register,
                    settings.tls().map(PemCredentials::serverContext),
                    new TokenUseFeed(detection, alerts, clock));
            if (origin.get() == null) {
                origin.set(WebOrigin.localhost(api.port()));
            }
            return new CustodyServer(database, lease, tokens, requests, governance, api, wallets, presence);
        } catch (IOException | AuditException | RuntimeException e) {
            if (presence != null) {
                presence.close();
            }
            database.close();
            lease.close();
            throw e;
        }
    }

    /** The port the API listens on. */
    public int port() {
        return api.port();
    }

    /** The routes it serves. */
    public List<Route> routes() {
        return api.routes();
    }

    /** The API tokens (start-dev issues the admin token through it). */
    public ApiTokens tokens() {
        return tokens;
    }

    /** The wallets the server keeps. */
    public WalletStore wallets() {
        return wallets;
    }

    @Override
    public void close() {
        api.close();
        presence.close();
        requests.close();
        governance.close();
        database.close();
        lease.close();
    }
}
