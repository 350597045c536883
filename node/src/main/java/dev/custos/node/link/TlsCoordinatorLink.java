package dev.custos.node.link;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.NodeKeys;
import dev.custos.node.transport.Failures;
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
import java.net.Socket;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's link to its coordinator over mutual TLS 1.3 (docs/NODES.md, "Transport"). The node dials out; the
 * coordinator must present the pinned Ed25519 key, and the node presents a self-signed certificate over its own
 * identity key. One thread connects, reads and delivers messages to the {@link LinkListener} in order; it reconnects
 * with {@link Backoff} after every failure and logs one line per change of state (a coordinator that stays unreachable
 * for the same reason is not logged again).
 */
public final class TlsCoordinatorLink implements CoordinatorLink {
    private static final Logger LOG = LoggerFactory.getLogger(TlsCoordinatorLink.class);

    private final LinkSettings settings;
    private final String nodeName;
    private final TlsIdentity identity;
    private LinkListener listener = message -> {};
    private final Clock clock;
    private final String coordinator;
    private final Thread thread;
    private volatile FramedConnection current;
    private volatile Socket dialing;
    private volatile boolean connected;
    private volatile boolean closed;

    private TlsCoordinatorLink(LinkSettings settings, String nodeName, TlsIdentity identity, Clock clock) {
        this.settings = settings;
        this.nodeName = nodeName;
        this.identity = identity;
        this.clock = clock;
        this.coordinator = "the coordinator at " + settings.address();
        this.thread = new Thread(this::run, "custos-link");
        this.thread.setDaemon(true);
    }

    /**
     * Starts linking node {@code keys} to the coordinator; returns at once (the link connects in the background and
     * reports to {@code listener}). The link keeps its own copy of the identity key until {@link #close()}.
     */
    public static TlsCoordinatorLink start(LinkSettings settings, NodeKeys keys, LinkListener listener, Clock clock) {
        requireNonNull(listener, "listener is null");
        return startWith(settings, keys, link -> listener, clock);
    }

    /**
     * As {@link #start}, with the listener made by {@code listenerFactory} from the link itself, so that a handler
     * that answers over the link exists before the first message arrives.
     */
    public static TlsCoordinatorLink startWith(
            LinkSettings settings,
            NodeKeys keys,
            Function<CoordinatorLink, LinkListener> listenerFactory,
            Clock clock) {
        requireNonNull(settings, "settings is null");
        requireNonNull(keys, "keys is null");
        requireNonNull(listenerFactory, "listenerFactory is null");
        requireNonNull(clock, "clock is null");
        String name = keys.identity().name();
        SecretBytes seed = keys.signingSeed();
        TlsIdentity identity;
        try {
            identity = TlsIdentity.of(seed, "custos node " + name, clock);
        } finally {
            seed.destroy();
        }
        TlsCoordinatorLink link = new TlsCoordinatorLink(settings, name, identity, clock);
        link.listener = requireNonNull(listenerFactory.apply(link), "the listener factory returned null");
        link.thread.start();
        return link;
    }

    @Override
    public void send(byte[] message) throws LinkException {
        requireNonNull(message, "message is null");
        if (message.length > FrameCodec.MAX_MESSAGE_LENGTH) {
            throw new LinkException("a message of " + message.length + " bytes is longer than the limit of "
                    + FrameCodec.MAX_MESSAGE_LENGTH + " bytes");
        }
        FramedConnection connection = current;
        if (closed) {
            throw new LinkException("the link to " + coordinator + " is closed");
        }
        if (connection == null || !connected) {
            throw new LinkException("not connected to " + coordinator);
        }
        switch (connection.offer(message)) {
            case QUEUED -> {}
            case FULL ->
                throw new LinkException("the send queue to " + coordinator + " is full (" + connection.backlog()
                        + " waiting): the coordinator is not reading");
            case CLOSED -> throw new LinkException("not connected to " + coordinator + ": " + connection.closeReason());
        }
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        thread.interrupt();
        Socket socket = dialing;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // It was failing anyway.
            }
        }
        FramedConnection connection = current;
        if (connection != null) {
            connection.close("the node is shutting down");
            connection.awaitWriter();
            connection.abort("the node is shutting down");
        }
        try {
            thread.join(settings.transport().handshakeTimeout().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        identity.destroy();
    }

    private void run() {
        Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff(), new SecureRandom());
        String lastFailure = null;
        int failures = 0;
        while (!closed) {
            FramedConnection connection;
            try {
                connection = connect();
            } catch (AttemptFailed e) {
                if (closed) {
                    break;
                }
                failures++;
                Duration delay = backoff.next();
                String line = "cannot reach " + coordinator + ": " + e.getMessage() + "; retrying in " + seconds(delay)
                        + " (backing off up to " + seconds(settings.maxBackoff()) + ")";
                if (e.getMessage().equals(lastFailure)) {
                    LOG.debug(line);
                } else {
                    LOG.warn(line);
                    lastFailure = e.getMessage();
                }
                sleep(delay);
                continue;
            }
            backoff.reset();
            lastFailure = null;
            current = connection;
            connected = true;
            LOG.info(
                    "connected to {} as node '{}'{}",
                    coordinator,
                    nodeName,
                    failures == 0 ? "" : " after " + failures + " failed attempts");
            failures = 0;
            safely(listener::onConnected);
            String reason = connection.readUntilClosed(message -> deliver(message));
            connected = false;
            current = null;
            if (closed) {
                break;
            }
            LOG.warn("lost {}: {}; reconnecting", coordinator, reason);
            safely(() -> listener.onDisconnected(reason));
            sleep(backoff.next());
        }
        LOG.info("link to {} closed", coordinator);
    }

    private FramedConnection connect() throws AttemptFailed {
        int timeout = Math.toIntExact(settings.transport().handshakeTimeout().toMillis());
        Socket plain = new Socket();
        dialing = plain;
        try {
            if (closed) {
                throw new AttemptFailed("the link is closed");
            }
            plain.setTcpNoDelay(true);
            plain.connect(
                    new InetSocketAddress(
                            settings.address().host(), settings.address().port()),
                    timeout);
            plain.setSoTimeout(timeout);
            TlsSockets sockets = TlsSockets.of(
                    identity,
                    key -> {
                        if (!key.equals(settings.coordinatorKey())) {
                            throw new PeerRefusedException("it presented key " + key.toHex() + ", but this node pins "
                                    + settings.coordinatorKey().toHex());
                        }
                    },
                    clock);
            SSLSocket socket = sockets.client(plain, settings.address().host());
            handshake(socket);
            FramedConnection connection =
                    FramedConnection.start(plain, socket, coordinator, settings.transport(), "custos-link-writer");
            admission(connection, timeout);
            return connection;
        } catch (IOException e) {
            closeQuietly(plain);
            throw new AttemptFailed(Failures.describe(e));
        } catch (AttemptFailed e) {
            closeQuietly(plain);
            throw e;
        } finally {
            dialing = null;
        }
    }

    private void handshake(SSLSocket socket) throws AttemptFailed {
        try {
            socket.startHandshake();
        } catch (IOException e) {
            throw new AttemptFailed(
                    HandshakeFailures.describe(e, "this node", "is this node in the coordinator's committee?"));
        }
        if (!TlsSockets.PROTOCOL.equals(socket.getApplicationProtocol())) {
            throw new AttemptFailed("it does not speak " + TlsSockets.PROTOCOL + " (ALPN)");
        }
    }

    private void admission(FramedConnection connection, int timeout) throws AttemptFailed {
        Frame first;
        try {
            first = connection.readFrame(timeout);
        } catch (IOException e) {
            LOG.debug("no admission from {}", coordinator, e);
            connection.abort("refused");
            throw new AttemptFailed(
                    HandshakeFailures.describe(e, "this node", "is this node in the coordinator's committee?"));
        }
        switch (first) {
            case Frame.Accepted accepted when accepted.node().equals(nodeName) -> {}
            case Frame.Accepted accepted -> {
                connection.abort("wrong name");
                throw new AttemptFailed(
                        "it admitted this node as '" + accepted.node() + "', but this node is '" + nodeName + "'");
            }
            case Frame.Close close -> {
                connection.abort("refused");
                throw new AttemptFailed("it refused this node: " + close.reason());
            }
            default -> {
                connection.abort("no admission");
                throw new AttemptFailed(
                        "it sent a " + first.getClass().getSimpleName() + " frame before admitting this node");
            }
        }
    }

    private void deliver(byte[] message) {
        try {
            listener.onMessage(message);
        } catch (RuntimeException e) {
            LOG.error("the node's listener failed on a message of {} bytes from {}", message.length, coordinator, e);
        }
    }

    private static void safely(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.error("the node's link listener failed", e);
        }
    }

    private void sleep(Duration delay) {
        try {
            TimeUnit.MILLISECONDS.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            // Only close() interrupts this thread; the loop sees closed and ends.
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already failing.
        }
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    /** One failed connection attempt, with its one-line reason. */
    private static final class AttemptFailed extends Exception {
        private static final long serialVersionUID = 1L;

        AttemptFailed(String reason) {
            super(reason);
        }
    }
}
