package dev.custos.node.link;

import dev.custos.node.transport.Failures;
import dev.custos.node.transport.Frame;
import dev.custos.node.transport.FramedConnection;
import dev.custos.node.transport.tls.HandshakeFailures;
import dev.custos.node.transport.tls.PeerCertificate.PeerRefusedException;
import dev.custos.node.transport.tls.TlsIdentity;
import dev.custos.node.transport.tls.TlsSockets;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection attempt of a {@link TlsCoordinatorLink}: TCP, the TLS handshake against the pinned coordinator key
 * (a fresh TLS context each time, so never a resumed session), then the relay's {@code ACCEPTED} frame. Fails with a
 * one-line reason.
 */
final class CoordinatorDialer {
    private static final Logger LOG = LoggerFactory.getLogger(CoordinatorDialer.class);
    private static final String HINT = "is this node in the coordinator's committee?";

    private final LinkSettings settings;
    private final TlsIdentity identity;
    private final String nodeName;
    private final Clock clock;
    private final String coordinator;
    private volatile @Nullable Socket dialing;
    private volatile boolean cancelled;

    CoordinatorDialer(LinkSettings settings, TlsIdentity identity, String nodeName, Clock clock) {
        this.settings = settings;
        this.identity = identity;
        this.nodeName = nodeName;
        this.clock = clock;
        this.coordinator = "the coordinator at " + settings.address();
    }

    /** Stops the attempt under way, if any, and every later one. */
    void cancel() {
        cancelled = true;
        @Nullable Socket socket = dialing;
        if (socket != null) {
            closeQuietly(socket);
        }
    }

    FramedConnection dial() throws DialFailed {
        int timeout = Math.toIntExact(settings.transport().handshakeTimeout().toMillis());
        Socket plain = new Socket();
        dialing = plain;
        try {
            if (cancelled) {
                throw new DialFailed("the link is closed");
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
            throw new DialFailed(Failures.describe(e));
        } catch (DialFailed e) {
            closeQuietly(plain);
            throw e;
        } finally {
            dialing = null;
        }
    }

    private void handshake(SSLSocket socket) throws DialFailed {
        try {
            socket.startHandshake();
        } catch (IOException e) {
            throw new DialFailed(HandshakeFailures.describe(e, "this node", HINT));
        }
        if (!TlsSockets.PROTOCOL.equals(socket.getApplicationProtocol())) {
            throw new DialFailed("it does not speak " + TlsSockets.PROTOCOL + " (ALPN)");
        }
    }

    private void admission(FramedConnection connection, int timeout) throws DialFailed {
        Frame first;
        try {
            first = connection.readFrame(timeout);
        } catch (IOException e) {
            LOG.debug("no admission from {}", coordinator, e);
            connection.abort("refused");
            throw new DialFailed(HandshakeFailures.describe(e, "this node", HINT));
        }
        switch (first) {
            case Frame.Accepted accepted when accepted.node().equals(nodeName) -> {}
            case Frame.Accepted accepted -> {
                connection.abort("wrong name");
                throw new DialFailed(
                        "it admitted this node as '" + accepted.node() + "', but this node is '" + nodeName + "'");
            }
            case Frame.Close close -> {
                connection.abort("refused");
                throw new DialFailed("it refused this node: " + close.reason());
            }
            default -> {
                connection.abort("no admission");
                throw new DialFailed(
                        "it sent a " + first.getClass().getSimpleName() + " frame before admitting this node");
            }
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // Already failing.
        }
    }

    /** One failed connection attempt, with its one-line reason. */
    static final class DialFailed extends Exception {
        private static final long serialVersionUID = 1L;

        DialFailed(String reason) {
            super(reason);
        }
    }
}
