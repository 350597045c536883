package dev.custos.coordinator.relay;

import dev.custos.node.transport.FramedConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's live connections, one per node name. Registering a node's new connection closes its old one and waits
 * (boundedly) for the old one's end to be reported first, so that the listener sees each node's connections one after
 * another.
 */
final class NodeSessions {
    private static final Logger LOG = LoggerFactory.getLogger(NodeSessions.class);
    static final String REPLACED = "replaced by a newer connection from the same node";

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> registration = new ConcurrentHashMap<>();
    private final Duration endTimeout;

    NodeSessions(Duration endTimeout) {
        this.endTimeout = endTimeout;
    }

    /** One node's live connection; {@link #end()} once its end has been reported. */
    static final class Session {
        final String node;
        final FramedConnection connection;
        private final CountDownLatch ended = new CountDownLatch(1);

        Session(String node, FramedConnection connection) {
            this.node = node;
            this.connection = connection;
        }

        void end() {
            ended.countDown();
        }

        boolean awaitEnd(Duration timeout) {
            try {
                return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * Makes {@code session} its node's one connection, after closing and awaiting an older one.
     *
     * @param closing whether the relay is closing; then nothing is registered
     * @return false if the relay is closing
     */
    boolean register(Session session, BooleanSupplier closing) {
        ReentrantLock lock = registration.computeIfAbsent(session.node, name -> new ReentrantLock());
        lock.lock();
        try {
            Session old = sessions.get(session.node);
            if (old != null) {
                old.connection.close(REPLACED);
                old.connection.awaitWriter();
                old.connection.abort(REPLACED);
                if (!old.awaitEnd(endTimeout)) {
                    LOG.warn("the old connection of node '{}' did not end in time; replacing it anyway", session.node);
                    sessions.remove(session.node, old);
                }
            }
            if (closing.getAsBoolean()) {
                return false;
            }
            sessions.put(session.node, session);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets {@code session} if it is still its node's connection. */
    void remove(Session session) {
        sessions.remove(session.node, session);
    }

    Optional<Session> get(String node) {
        return Optional.ofNullable(sessions.get(node));
    }

    Set<String> names() {
        return Set.copyOf(sessions.keySet());
    }

    List<Session> all() {
        return List.copyOf(sessions.values());
    }
}
