package dev.custos.node.transport;

import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;

/**
 * One authenticated TLS connection carrying frames ({@link FrameCodec}), used by both ends of a node link. Messages
 * to write wait in a bounded queue that one writer thread drains, so that a caller never blocks on a slow peer; the
 * writer sends a ping whenever it has written nothing for {@link TransportSettings#pingInterval()}. The reading side
 * runs on the caller's thread ({@link #readUntilClosed}), delivering messages in order, answering pings, and ending
 * with a one-line reason when the peer closes, goes silent for {@link TransportSettings#deadAfter()} or breaks the
 * frame format (the peer is then told why in a CLOSE frame).
 */
public final class FramedConnection {
    /** What became of a message offered with {@link #offer}. */
    public enum Offer {
        QUEUED,
        /** The queue is full; nothing was queued. */
        FULL,
        /** The connection is closed or closing; nothing was queued. */
        CLOSED
    }

    /** Receives the messages of {@link #readUntilClosed}, on the reading thread. */
    public interface Receiver {
        /** One message. A {@link FrameException} (or other IOException) thrown here closes the connection with it. */
        void onMessage(byte[] message) throws IOException;

        /** Called before each frame is handled, with its kind; a {@link FrameException} closes the connection. */
        default void onFrame(Frame frame) throws IOException {}
    }

    /** Tells the writer to stop without writing anything more. */
    private static final Object END = new Object();

    private final Socket plain;
    private final String peer;
    private final TransportSettings settings;
    private final DataInputStream in;
    private final OutputStream out;
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Object accounting = new Object();
    private final CountDownLatch writerDone = new CountDownLatch(1);
    private final AtomicLong pings = new AtomicLong();
    private int queuedMessages;
    private long queuedBytes;
    private volatile String closeReason;

    private FramedConnection(Socket plain, SSLSocket socket, String peer, TransportSettings settings)
            throws IOException {
        this.plain = plain;
        this.peer = peer;
        this.settings = settings;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
        this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    }

    /**
     * Starts the writer thread of a handshaken connection. {@code peer} names the other end in reasons ("the
     * coordinator at host:port", "node 'a'"); {@code threadName} names the writer thread.
     */
    public static FramedConnection start(
            Socket plain, SSLSocket socket, String peer, TransportSettings settings, String threadName)
            throws IOException {
        requireNonNull(plain, "plain is null");
        requireNonNull(socket, "socket is null");
        requireNonNull(peer, "peer is null");
        requireNonNull(settings, "settings is null");
        FramedConnection connection = new FramedConnection(plain, socket, peer, settings);
        plain.setSoTimeout(Math.toIntExact(settings.deadAfter().toMillis()));
        Thread writer = new Thread(connection::writeLoop, requireNonNull(threadName, "threadName is null"));
        writer.setDaemon(true);
        writer.start();
        return connection;
    }

    /** The other end, as named in reasons. */
    public String peer() {
        return peer;
    }

    /** Queues one message for the peer, never blocking. */
    public Offer offer(byte[] message) {
        requireNonNull(message, "message is null");
        Frame.Data frame = new Frame.Data(message);
        synchronized (accounting) {
            if (closeReason != null) {
                return Offer.CLOSED;
            }
            if (queuedMessages >= settings.maxQueuedMessages()
                    || queuedBytes + message.length > settings.maxQueuedBytes()) {
                return Offer.FULL;
            }
            queuedMessages++;
            queuedBytes += message.length;
            queue.add(frame);
        }
        return Offer.QUEUED;
    }

    /** Queues a transport frame (ping, pong, admission) outside the message bounds; ignored once closing. */
    public void control(Frame frame) {
        requireNonNull(frame, "frame is null");
        if (frame instanceof Frame.Data || frame instanceof Frame.Close) {
            throw new IllegalArgumentException(
                    "not a control frame: " + frame.getClass().getSimpleName());
        }
        synchronized (accounting) {
            if (closeReason == null) {
                queue.add(frame);
            }
        }
    }

    /** Messages and bytes waiting to be written, for diagnostics. */
    public String backlog() {
        synchronized (accounting) {
            return queuedMessages + " messages, " + queuedBytes + " bytes";
        }
    }

    /** Whether {@link #close} or {@link #abort} was called or the connection ended. */
    public boolean isClosed() {
        return closeReason != null;
    }

    /** Why the connection closed, if it did. */
    public String closeReason() {
        String reason = closeReason;
        return reason == null ? "" : reason;
    }

    /**
     * Reads one frame with {@code timeoutMillis} as the read timeout (used for the relay's admission, before {@link
     * #readUntilClosed}).
     */
    public Frame readFrame(int timeoutMillis) throws IOException {
        plain.setSoTimeout(timeoutMillis);
        Frame frame = FrameCodec.read(in);
        plain.setSoTimeout(Math.toIntExact(settings.deadAfter().toMillis()));
        return frame;
    }

    /**
     * Reads frames until the connection ends, handing each message to {@code receiver} in order; returns why it ended,
     * in one line. The connection is closed when this returns.
     */
    public String readUntilClosed(Receiver receiver) {
        requireNonNull(receiver, "receiver is null");
        try {
            while (true) {
                Frame frame = FrameCodec.read(in);
                receiver.onFrame(frame);
                switch (frame) {
                    case Frame.Data data -> receiver.onMessage(data.message());
                    case Frame.Ping ping -> control(new Frame.Pong(ping.token()));
                    case Frame.Pong pong -> {
                        // Any frame proves the peer alive; the read timeout was reset by reading it.
                    }
                    case Frame.Close close -> {
                        return abort(peer + " closed the link: " + close.reason());
                    }
                    case Frame.Accepted accepted ->
                        throw new FrameException("an unexpected ACCEPTED frame (for '" + accepted.node() + "')");
                }
            }
        } catch (FrameException e) {
            String reason = "protocol error from " + peer + ": " + e.getMessage();
            close(reason);
            awaitWriter();
            closeQuietly();
            return reason;
        } catch (SocketTimeoutException e) {
            return abort("no frame from " + peer + " for "
                    + seconds(settings.deadAfter().toMillis()) + " (keepalive): the peer is unresponsive");
        } catch (EOFException e) {
            return abort(peer + " closed the connection");
        } catch (IOException e) {
            return abort("connection to " + peer + " lost: " + Failures.describe(e));
        } catch (RuntimeException e) {
            return abort("the receiver of " + peer + "'s messages failed: " + Failures.describe(e));
        }
    }

    /**
     * Ends the connection in order: the queued messages are written, then a CLOSE frame with {@code reason}, then the
     * socket is closed. The first reason given wins.
     */
    public void close(String reason) {
        requireNonNull(reason, "reason is null");
        synchronized (accounting) {
            if (closeReason != null) {
                return;
            }
            closeReason = reason;
            queue.add(new Frame.Close(reason));
        }
    }

    /** Cuts the connection now, without writing what is queued; returns the close reason in force. */
    public String abort(String reason) {
        requireNonNull(reason, "reason is null");
        synchronized (accounting) {
            if (closeReason == null) {
                closeReason = reason;
            }
            queue.clear();
            queuedMessages = 0;
            queuedBytes = 0;
            queue.add(END);
        }
        closeQuietly();
        return closeReason;
    }

    /** Waits (boundedly) until the writer has written the CLOSE frame and closed the socket. */
    public void awaitWriter() {
        try {
            if (!writerDone.await(settings.handshakeTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                closeQuietly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly();
        }
    }

    private void writeLoop() {
        boolean graceful = false;
        try {
            while (true) {
                Object next = queue.poll(settings.pingInterval().toMillis(), TimeUnit.MILLISECONDS);
                if (next == null) {
                    FrameCodec.write(out, new Frame.Ping(pings.incrementAndGet()));
                    out.flush();
                    continue;
                }
                if (!(next instanceof Frame frame)) {
                    return; // END
                }
                if (frame instanceof Frame.Data data) {
                    synchronized (accounting) {
                        queuedMessages--;
                        queuedBytes -= data.message().length;
                    }
                }
                FrameCodec.write(out, frame);
                if (frame instanceof Frame.Close) {
                    out.flush();
                    // Half-close: the peer reads the CLOSE frame, then the end of the stream; the reading side
                    // closes the socket when it sees the peer's end (or after deadAfter).
                    plain.shutdownOutput();
                    graceful = true;
                    return;
                }
                if (queue.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException e) {
            abort("cannot write to " + peer + ": " + Failures.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            writerDone.countDown();
            if (!graceful) {
                closeQuietly();
            }
        }
    }

    private void closeQuietly() {
        try {
            plain.close();
        } catch (IOException e) {
            // Closing a socket that failed already; nothing more to do.
        }
    }

    static String seconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
}
