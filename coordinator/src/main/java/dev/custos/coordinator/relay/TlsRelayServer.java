package dev.custos.coordinator.relay;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.link.NodeLinkListener;
import dev.custos.coordinator.link.NodeLinks;
import dev.custos.coordinator.relay.NodeSessions.Session;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.link.LinkException;
import dev.custos.node.transport.Frame;
import dev.custos.node.transport.FrameCodec;
import dev.custos.node.transport.FramedConnection;
import dev.custos.node.transport.tls.HandshakeFailures;
import dev.custos.node.transport.tls.PeerCertificate.PeerRefusedException;
import dev.custos.node.transport.tls.TlsIdentity;
import dev.custos.node.transport.tls.TlsSockets;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's relay: a TLS 1.3 server that the signer nodes dial (docs/NODES.md, "Transport"). It presents the
 * coordinator's Ed25519 identity and admits a node only if its certificate carries the Ed25519 key of a member of the
 * committee (TLS proves the node holds it), naming it by its committee name. One connection per node: a new
 * authenticated connection from a node replaces its old one, whose disconnection is reported first. Each node has a
 * bounded send queue and a thread of its own, so a slow node cannot stall the others; a node whose queue fills up,
 * or that floods the relay ({@link FloodLimit}), is disconnected with the reason.
 */
public final class TlsRelayServer implements NodeLinks, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TlsRelayServer.class);
    /** The most TLS handshakes under way at once; connections beyond it are closed at once. */
    static final int MAX_PENDING_HANDSHAKES = 64;

    private static final NodeLinkListener NO_LISTENER = new NodeLinkListener() {
        @Override
        public void onMessage(String node, byte[] message) {
            LOG.debug("no listener: dropped a message of {} bytes from node '{}'", message.length, node);
        }
    };

    private final RelaySettings settings;
    private final TlsIdentity identity;
    private final CommitteeAdmission admission;
    private final TlsSockets sockets;
    private final Clock clock;
    private final ServerSocket server;
    private final Thread acceptor;
    private final NodeSessions sessions;
    private final Semaphore handshakes = new Semaphore(MAX_PENDING_HANDSHAKES);
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "custos-relay-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private volatile NodeLinkListener listener = NO_LISTENER;
    private volatile boolean closed;

    private TlsRelayServer(
            RelaySettings settings, TlsIdentity identity, Committee committee, Clock clock, ServerSocket server) {
        this.settings = settings;
        this.identity = identity;
        this.admission = new CommitteeAdmission(committee);
        this.sockets = TlsSockets.of(identity, admission, clock);
        this.clock = clock;
        this.server = server;
        this.sessions = new NodeSessions(settings.transport().handshakeTimeout());
        this.acceptor = new Thread(this::acceptLoop, "custos-relay-accept");
        this.acceptor.setDaemon(true);
    }

    /**
     * Binds {@code settings.listen()} and starts accepting nodes of {@code committee} (which the caller has verified),
     * presenting {@code coordinatorKey} (copied; it stays the caller's to destroy).
     */
    public static TlsRelayServer start(
            RelaySettings settings, SigningKey coordinatorKey, Committee committee, Clock clock) throws IOException {
        requireNonNull(settings, "settings is null");
        requireNonNull(coordinatorKey, "coordinatorKey is null");
        requireNonNull(committee, "committee is null");
        requireNonNull(clock, "clock is null");
        SecretBytes seed = coordinatorKey.seed();
        TlsIdentity identity;
        try {
            identity = TlsIdentity.of(seed, "custos coordinator", clock);
        } finally {
            seed.destroy();
        }
        ServerSocket server = new ServerSocket();
        try {
            server.setReuseAddress(true);
            server.bind(settings.listen());
        } catch (IOException e) {
            server.close();
            identity.destroy();
            throw e;
        }
        TlsRelayServer relay = new TlsRelayServer(settings, identity, committee, clock, server);
        relay.acceptor.start();
        LOG.info(
                "relay listening on {} as coordinator key {} for committee version {} ({} members)",
                relay.address(),
                identity.publicKey().toHex(),
                committee.version(),
                committee.members().size());
        return relay;
    }

    /** The address it listens on (with the actual port when an ephemeral one was asked for). */
    public InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    /** The coordinator's public identity key, which nodes pin. */
    public Ed25519PublicKey coordinatorKey() {
        return identity.publicKey();
    }

    @Override
    public void send(String node, byte[] message) throws LinkException {
        requireNonNull(node, "node is null");
        requireNonNull(message, "message is null");
        if (message.length > FrameCodec.MAX_MESSAGE_LENGTH) {
            throw new LinkException("a message of " + message.length + " bytes is longer than the limit of "
                    + FrameCodec.MAX_MESSAGE_LENGTH + " bytes");
        }
        Session session =
                sessions.get(node).orElseThrow(() -> new LinkException("node '" + node + "' is not connected"));
        switch (session.connection.offer(message)) {
            case QUEUED -> {}
            case FULL -> {
                String reason = "its send queue is full (" + session.connection.backlog()
                        + " waiting): the node does not read its messages";
                session.connection.abort(reason);
                throw new LinkException("node '" + node + "' was disconnected: " + reason);
            }
            case CLOSED ->
                throw new LinkException("node '" + node + "' is disconnecting: " + session.connection.closeReason());
        }
    }

    @Override
    public Set<String> connected() {
        return sessions.names();
    }

    @Override
    public void listener(NodeLinkListener newListener) {
        this.listener = requireNonNull(newListener, "newListener is null");
    }

    /** Stops accepting, closes every node's connection (each is reported to the listener) and forgets the key. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            LOG.debug("closing the listening socket failed", e);
        }
        for (Session session : sessions.all()) {
            session.connection.close("the coordinator is shutting down");
        }
        for (Session session : sessions.all()) {
            session.connection.awaitWriter();
            session.connection.abort("the coordinator is shutting down");
            session.awaitEnd(settings.transport().handshakeTimeout());
        }
        try {
            acceptor.join(settings.transport().handshakeTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watchdog.shutdownNow();
        identity.destroy();
        LOG.info("relay on {} closed", address());
    }

    private void acceptLoop() {
        while (!closed) {
            Socket plain;
            try {
                plain = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.error("the relay stopped accepting connections: {}", e.getMessage(), e);
                }
                return;
            }
            if (!handshakes.tryAcquire()) {
                LOG.warn(
                        "refused a connection from {}: {} handshakes are under way already",
                        plain.getRemoteSocketAddress(),
                        MAX_PENDING_HANDSHAKES);
                closeQuietly(plain);
                continue;
            }
            Thread handler = new Thread(() -> serve(plain), "custos-relay-" + plain.getRemoteSocketAddress());
            handler.setDaemon(true);
            handler.start();
        }
    }

    private void serve(Socket plain) {
        String remote = String.valueOf(plain.getRemoteSocketAddress());
        SSLSocket socket;
        String node;
        // The whole handshake has one deadline, so that a peer sending a byte now and then cannot hold a thread.
        ScheduledFuture<?> deadline;
        try {
            deadline = watchdog.schedule(
                    () -> closeQuietly(plain),
                    settings.transport().handshakeTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // The relay is closing.
            closeQuietly(plain);
            handshakes.release();
            return;
        }
        try {
            plain.setTcpNoDelay(true);
            plain.setSoTimeout(
                    Math.toIntExact(settings.transport().handshakeTimeout().toMillis()));
            socket = sockets.server(plain);
            socket.startHandshake();
            if (!TlsSockets.PROTOCOL.equals(socket.getApplicationProtocol())) {
                throw new PeerRefusedException("it does not speak " + TlsSockets.PROTOCOL + " (ALPN)");
            }
            Ed25519PublicKey key = TlsSockets.peerKey(socket, clock);
            node = admission
                    .name(key)
                    .orElseThrow(() -> new PeerRefusedException("key " + key.toHex() + " is not a committee member"));
        } catch (IOException | CertificateException e) {
            if (!closed) {
                LOG.warn(
                        "refused a connection from {}: {}",
                        remote,
                        HandshakeFailures.describe(e, "the coordinator", "does the node pin this coordinator's key?"));
            }
            closeQuietly(plain);
            return;
        } finally {
            deadline.cancel(false);
            handshakes.release();
        }
        Thread.currentThread().setName("custos-relay-node-" + node);
        FramedConnection connection;
        try {
            connection = FramedConnection.start(
                    plain, socket, "node '" + node + "'", settings.transport(), "custos-relay-writer-" + node);
        } catch (IOException e) {
            LOG.warn("lost node '{}' ({}) right after its handshake: {}", node, remote, e.getMessage());
            closeQuietly(plain);
            return;
        }
        connection.control(new Frame.Accepted(node));
        Session session = new Session(node, connection);
        if (!sessions.register(session, () -> closed)) {
            connection.close("the coordinator is shutting down");
            connection.awaitWriter();
            connection.abort("the coordinator is shutting down");
            return;
        }
        LOG.info("node '{}' connected from {}", node, remote);
        NodeLinkListener current = listener;
        safely(() -> current.onConnected(node));
        FloodGuard flood = new FloodGuard(settings.flood(), System::nanoTime);
        String reason;
        try {
            reason = connection.readUntilClosed(new FramedConnection.Receiver() {
                @Override
                public void onMessage(byte[] message) {
                    deliver(node, message);
                }

                @Override
                public void onFrame(Frame frame) throws IOException {
                    flood.admit(frame);
                }
            });
        } finally {
            sessions.remove(session);
        }
        LOG.warn("node '{}' disconnected: {}", node, reason);
        NodeLinkListener last = listener;
        safely(() -> last.onDisconnected(node, reason));
        session.end();
    }

    private void deliver(String node, byte[] message) {
        NodeLinkListener current = listener;
        try {
            current.onMessage(node, message);
        } catch (RuntimeException e) {
            LOG.error("the relay's listener failed on a message of {} bytes from node '{}'", message.length, node, e);
        }
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("the relay's listener failed", e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already failing.
        }
    }
}
