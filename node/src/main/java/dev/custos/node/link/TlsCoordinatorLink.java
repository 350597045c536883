package dev.custos.node.link;

import static java.util.Objects.requireNonNull;

import dev.custos.node.identity.NodeKeys;
import dev.custos.node.transport.FrameCodec;
import dev.custos.node.transport.FramedConnection;
import dev.custos.node.transport.tls.TlsIdentity;
import dev.custos.types.SecretBytes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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
    private final String coordinator;
    private final Thread thread;
    private volatile @Nullable FramedConnection current;
    private final CoordinatorDialer dialer;
    private volatile boolean connected;
    private volatile boolean closed;

    private TlsCoordinatorLink(LinkSettings settings, String nodeName, TlsIdentity identity, Clock clock) {
        this.settings = settings;
        this.nodeName = nodeName;
        this.identity = identity;
        this.coordinator = "the coordinator at " + settings.address();
        this.dialer = new CoordinatorDialer(settings, identity, nodeName, clock);
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
        @Nullable FramedConnection connection = current;
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
        dialer.cancel();
        @Nullable FramedConnection connection = current;
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
        @Nullable String lastFailure = null;
        int failures = 0;
        while (!closed) {
            FramedConnection connection;
            try {
                connection = dialer.dial();
            } catch (CoordinatorDialer.DialFailed e) {
                if (closed) {
                    break;
                }
                failures++;
                Duration delay = backoff.next();
                String why = String.valueOf(e.getMessage());
                String line = "cannot reach " + coordinator + ": " + why + "; retrying in " + seconds(delay)
                        + " (backing off up to " + seconds(settings.maxBackoff()) + ")";
                if (why.equals(lastFailure)) {
                    LOG.debug(line);
                } else {
                    LOG.warn(line);
                    lastFailure = why;
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

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
