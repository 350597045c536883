package dev.custos.coordinator.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.coordinator.relay.RelayFixture.NodeEvents;
import dev.custos.coordinator.relay.RelayFixture.RelayEvents;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.link.LinkException;
import dev.custos.node.link.TlsCoordinatorLink;
import dev.custos.node.transport.Frame;
import dev.custos.node.transport.FrameCodec;
import dev.custos.node.transport.TransportSettings;
import dev.custos.node.transport.tls.TlsIdentity;
import dev.custos.node.transport.tls.TlsSockets;
import dev.custos.types.SecretBytes;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;

class RelayProtocolTest {
    @Test
    void aFrameLongerThanTheLimitClosesTheConnectionWithTheReason() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha")) {
            TlsRelayServer relay = fixture.relay();
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            try (RawNode raw = RawNode.connect(fixture.nodes.get("alpha"), relay)) {
                assertThat(relayEvents.next()).isEqualTo("connected alpha");
                int length = FrameCodec.MAX_FRAME_LENGTH + 1;
                raw.out.write(
                        new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length
                        });
                raw.out.flush();
                Frame close = raw.readUntilClose();
                assertThat(((Frame.Close) close).reason())
                        .isEqualTo("protocol error from node 'alpha': a frame of " + length
                                + " bytes is longer than the limit of " + FrameCodec.MAX_FRAME_LENGTH + " bytes");
            }
            assertThat((String) relayEvents.next())
                    .isEqualTo("disconnected alpha: protocol error from node 'alpha': a frame of "
                            + (FrameCodec.MAX_FRAME_LENGTH + 1) + " bytes is longer than the limit of "
                            + FrameCodec.MAX_FRAME_LENGTH + " bytes");
            assertThat(relay.connected()).isEmpty();
        }
    }

    @Test
    void aFrameOfUnknownKindClosesTheConnectionWithTheReason() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha")) {
            TlsRelayServer relay = fixture.relay();
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            try (RawNode raw = RawNode.connect(fixture.nodes.get("alpha"), relay)) {
                assertThat(relayEvents.next()).isEqualTo("connected alpha");
                raw.out.write(new byte[] {0, 0, 0, 1, 99});
                raw.out.flush();
                assertThat(((Frame.Close) raw.readUntilClose()).reason())
                        .isEqualTo("protocol error from node 'alpha': a frame of unknown kind 99");
            }
            assertThat((String) relayEvents.next()).endsWith("a frame of unknown kind 99");
        }
    }

    @Test
    void aNodeThatFloodsIsDisconnectedWithTheReason() throws Exception {
        FloodLimit tight = new FloodLimit(100, 200, 64L * 1024 * 1024, 128L * 1024 * 1024);
        try (RelayFixture fixture = new RelayFixture("alpha")) {
            TlsRelayServer relay = fixture.relay(0, RelayFixture.TRANSPORT, tight);
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            NodeEvents nodeEvents = new NodeEvents();
            TlsCoordinatorLink link = fixture.link("alpha", relay, nodeEvents);
            assertThat(nodeEvents.next()).isEqualTo("connected");
            for (int i = 0; i < 5_000 && link.connected(); i++) {
                try {
                    link.send(new byte[] {1});
                } catch (LinkException e) {
                    break;
                }
            }
            Object event;
            do {
                event = relayEvents.next();
            } while (!(event instanceof String text && text.startsWith("disconnected")));
            assertThat((String) event)
                    .isEqualTo("disconnected alpha: protocol error from node 'alpha': flooding: more than 100 frames"
                            + " per second (burst 200)");
            assertThat(awaitDisconnect(nodeEvents))
                    .isEqualTo("disconnected: the coordinator at 127.0.0.1:"
                            + relay.address().getPort()
                            + " closed the link: protocol error from node 'alpha': flooding: more than 100 frames per"
                            + " second (burst 200)");
        }
    }

    @Test
    void aNewConnectionFromTheSameNodeReplacesTheOldOneAndTheEndIsReportedFirst() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha")) {
            TlsRelayServer relay = fixture.relay();
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            try (RawNode first = RawNode.connect(fixture.nodes.get("alpha"), relay)) {
                assertThat(relayEvents.next()).isEqualTo("connected alpha");
                try (RawNode second = RawNode.connect(fixture.nodes.get("alpha"), relay)) {
                    assertThat(relayEvents.next())
                            .isEqualTo("disconnected alpha: replaced by a newer connection from the same node");
                    assertThat(relayEvents.next()).isEqualTo("connected alpha");
                    assertThat(((Frame.Close) first.readUntilClose()).reason())
                            .isEqualTo("replaced by a newer connection from the same node");
                    relay.send("alpha", new byte[] {42});
                    assertThat(second.readData()).isEqualTo(new byte[] {42});
                }
            }
        }
    }

    @Test
    void theRelayDropsANodeThatFallsSilent() throws Exception {
        TransportSettings quick = new TransportSettings(
                Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(10), 1024, 64L * 1024 * 1024);
        try (RelayFixture fixture = new RelayFixture("alpha")) {
            TlsRelayServer relay = fixture.relay(0, quick, FloodLimit.DEFAULT);
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            try (RawNode raw = RawNode.connect(fixture.nodes.get("alpha"), relay)) {
                assertThat(relayEvents.next()).isEqualTo("connected alpha");
                // The raw node never writes: no pings, no messages.
                assertThat(raw.socket.isConnected()).isTrue();
                assertThat((String) relayEvents.next())
                        .isEqualTo("disconnected alpha: no frame from node 'alpha' for 0.4 s (keepalive): the peer is"
                                + " unresponsive");
            }
        }
    }

    @Test
    void theNodeDropsACoordinatorThatFallsSilentAndReconnects() throws Exception {
        TransportSettings quick = new TransportSettings(
                Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(10), 1024, 64L * 1024 * 1024);
        try (RelayFixture fixture = new RelayFixture("alpha");
                SilentCoordinator silent = new SilentCoordinator(fixture.coordinatorKey)) {
            NodeEvents events = new NodeEvents();
            fixture.link(
                    fixture.nodes.get("alpha"), silent.server.getLocalPort(), fixture.coordinatorKey, quick, events);
            assertThat(events.next()).isEqualTo("connected");
            assertThat((String) events.next())
                    .isEqualTo("disconnected: no frame from the coordinator at 127.0.0.1:"
                            + silent.server.getLocalPort() + " for 0.4 s (keepalive): the peer is unresponsive");
            assertThat(events.next()).isEqualTo("connected");
        }
    }

    @Test
    void connectionsBeyondTheHandshakeCapAreClosedAtOnceAndTheRelayRecovers() throws Exception {
        TransportSettings patient = new TransportSettings(
                Duration.ofMillis(500), Duration.ofSeconds(10), Duration.ofSeconds(60), 1024, 64L * 1024 * 1024);
        List<Socket> idle = new ArrayList<>();
        try (RelayFixture fixture = new RelayFixture("alpha");
                LogCapture logs = new LogCapture()) {
            TlsRelayServer relay = fixture.relay(0, patient, FloodLimit.DEFAULT);
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            // Connections that never start a handshake hold every handshake slot.
            for (int i = 0; i <= TlsRelayServer.MAX_PENDING_HANDSHAKES; i++) {
                idle.add(new Socket(
                        InetAddress.getLoopbackAddress(), relay.address().getPort()));
            }
            logs.await(
                    "refused a connection from",
                    TlsRelayServer.MAX_PENDING_HANDSHAKES + " handshakes are under way already");
            assertThat(idle.get(TlsRelayServer.MAX_PENDING_HANDSHAKES)
                            .getInputStream()
                            .read())
                    .isEqualTo(-1);
            for (Socket socket : idle) {
                socket.close();
            }
            NodeEvents nodeEvents = new NodeEvents();
            fixture.link("alpha", relay, nodeEvents);
            assertThat(nodeEvents.next()).isEqualTo("connected");
            assertThat(relayEvents.next()).isEqualTo("connected alpha");
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    private static String awaitDisconnect(NodeEvents events) {
        try {
            Object event;
            do {
                event = events.next();
            } while (!(event instanceof String text && text.startsWith("disconnected")));
            return (String) event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A node speaking frames by hand over an authenticated TLS connection. */
    static final class RawNode implements AutoCloseable {
        final SSLSocket socket;
        final DataInputStream in;
        final OutputStream out;

        private RawNode(SSLSocket socket) throws IOException {
            this.socket = socket;
            this.in = new DataInputStream(socket.getInputStream());
            this.out = socket.getOutputStream();
        }

        static RawNode connect(NodeKeys keys, TlsRelayServer relay) throws IOException {
            SecretBytes seed = keys.signingSeed();
            TlsIdentity identity = TlsIdentity.of(seed, "raw", Clock.systemUTC());
            seed.destroy();
            TlsSockets sockets = TlsSockets.of(identity, key -> {}, Clock.systemUTC());
            Socket plain =
                    new Socket(InetAddress.getLoopbackAddress(), relay.address().getPort());
            SSLSocket socket = sockets.client(plain, "127.0.0.1");
            socket.startHandshake();
            RawNode raw = new RawNode(socket);
            Frame accepted = FrameCodec.read(raw.in);
            assertThat(accepted).isEqualTo(new Frame.Accepted(keys.identity().name()));
            return raw;
        }

        Frame readUntilClose() throws IOException {
            while (true) {
                Frame frame = FrameCodec.read(in);
                if (frame instanceof Frame.Close) {
                    return frame;
                }
            }
        }

        byte[] readData() throws IOException {
            while (true) {
                Frame frame = FrameCodec.read(in);
                if (frame instanceof Frame.Data data) {
                    return data.message();
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A coordinator that completes the handshake, admits the node and then never writes again. */
    static final class SilentCoordinator implements AutoCloseable {
        final ServerSocket server;
        private final Thread thread;
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        SilentCoordinator(SigningKey key) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            SecretBytes seed = key.seed();
            TlsIdentity identity = TlsIdentity.of(seed, "silent", Clock.systemUTC());
            seed.destroy();
            TlsSockets sockets = TlsSockets.of(identity, peer -> {}, Clock.systemUTC());
            thread = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket plain = server.accept();
                        SSLSocket socket = sockets.server(plain);
                        socket.startHandshake();
                        FrameCodec.write(socket.getOutputStream(), new Frame.Accepted("alpha"));
                        socket.getOutputStream().flush();
                        // Keep it reachable: an unreachable socket may be closed by its cleaner.
                        open.add(socket);
                    } catch (IOException e) {
                        // Closed by the test, or a failed handshake; accept the next one.
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
        }
    }
}
