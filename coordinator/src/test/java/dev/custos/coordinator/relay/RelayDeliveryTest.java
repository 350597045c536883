package dev.custos.coordinator.relay;

import static dev.custos.coordinator.relay.RelayAuthenticationTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.coordinator.relay.RelayFixture.NodeEvents;
import dev.custos.coordinator.relay.RelayFixture.Received;
import dev.custos.coordinator.relay.RelayFixture.RelayEvents;
import dev.custos.node.link.LinkException;
import dev.custos.node.link.LinkListener;
import dev.custos.node.link.TlsCoordinatorLink;
import dev.custos.node.transport.FrameCodec;
import dev.custos.node.transport.TransportSettings;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RelayDeliveryTest {
    private static final int COUNT = 10_000;

    @Test
    void tenThousandMessagesArriveInOrderBothWays() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha")) {
            TlsRelayServer relay = fixture.relay();
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            NodeEvents nodeEvents = new NodeEvents();
            TlsCoordinatorLink link = fixture.link("alpha", relay, nodeEvents);
            assertThat(nodeEvents.next()).isEqualTo("connected");
            assertThat(relayEvents.next()).isEqualTo("connected alpha");

            for (int i = 0; i < COUNT; i++) {
                link.send(numbered(i));
                relay.send("alpha", numbered(i));
            }
            for (int i = 0; i < COUNT; i++) {
                Received received = (Received) relayEvents.next();
                assertThat(received.node()).isEqualTo("alpha");
                assertThat(number(received.message())).isEqualTo(i);
                assertThat(number(nodeEvents.nextMessage())).isEqualTo(i);
            }
        }
    }

    @Test
    void aMessageOfTheLargestSizePassesAndALargerOneIsRefusedBeforeSending() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha")) {
            TlsRelayServer relay = fixture.relay();
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            NodeEvents nodeEvents = new NodeEvents();
            TlsCoordinatorLink link = fixture.link("alpha", relay, nodeEvents);
            assertThat(nodeEvents.next()).isEqualTo("connected");
            assertThat(relayEvents.next()).isEqualTo("connected alpha");

            byte[] largest = new byte[FrameCodec.MAX_MESSAGE_LENGTH];
            Arrays.fill(largest, (byte) 7);
            link.send(largest);
            assertThat(((Received) relayEvents.next()).message()).isEqualTo(largest);
            relay.send("alpha", largest);
            assertThat(nodeEvents.nextMessage()).isEqualTo(largest);

            byte[] tooLong = new byte[FrameCodec.MAX_MESSAGE_LENGTH + 1];
            assertThatThrownBy(() -> link.send(tooLong))
                    .isInstanceOf(LinkException.class)
                    .hasMessageContaining("longer than the limit of " + FrameCodec.MAX_MESSAGE_LENGTH);
            assertThatThrownBy(() -> relay.send("alpha", tooLong))
                    .isInstanceOf(LinkException.class)
                    .hasMessageContaining("longer than the limit");
            assertThatThrownBy(() -> relay.send("nobody", bytes("x")))
                    .isInstanceOf(LinkException.class)
                    .hasMessage("node 'nobody' is not connected");
            link.send(bytes("still up"));
            assertThat(((Received) relayEvents.next()).message()).isEqualTo(bytes("still up"));
        }
    }

    @Test
    void theNodeReconnectsAfterTheRelayRestarts() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha");
                LogCapture logs = new LogCapture()) {
            TlsRelayServer first = fixture.relay();
            int port = first.address().getPort();
            NodeEvents nodeEvents = new NodeEvents();
            TlsCoordinatorLink link = fixture.link("alpha", first, nodeEvents);
            assertThat(nodeEvents.next()).isEqualTo("connected");

            first.close();
            assertThat((String) nodeEvents.next()).startsWith("disconnected: ");
            assertThat(link.connected()).isFalse();
            assertThatThrownBy(() -> link.send(bytes("while down")))
                    .isInstanceOf(LinkException.class)
                    .hasMessageContaining("not connected to the coordinator at 127.0.0.1:" + port);
            logs.await("cannot reach the coordinator at 127.0.0.1:" + port, "connection refused", "retrying in");

            TlsRelayServer second = fixture.relay(port, RelayFixture.TRANSPORT, FloodLimit.DEFAULT);
            RelayEvents relayEvents = new RelayEvents();
            second.listener(relayEvents);
            assertThat(nodeEvents.next()).isEqualTo("connected");
            link.send(bytes("after the restart"));
            Object event = relayEvents.next();
            if ("connected alpha".equals(event)) {
                event = relayEvents.next();
            }
            assertThat(((Received) event).message()).isEqualTo(bytes("after the restart"));
            logs.await("connected to the coordinator at 127.0.0.1:" + port, "after", "failed attempts");
        }
    }

    @Test
    void aSlowNodeDoesNotHoldUpTheOthersAndIsDisconnectedWhenItsQueueFills() throws Exception {
        // Neither side may give up on the other for silence while the queue fills, however slow the machine is: the
        // only way out tested here is the full queue (a stuck listener also stops the slow node reading pings).
        TransportSettings smallQueue = new TransportSettings(
                Duration.ofMillis(500), Duration.ofMinutes(5), Duration.ofSeconds(10), 64, 64L * 1024 * 1024);
        TransportSettings patient = new TransportSettings(
                Duration.ofMillis(500), Duration.ofMinutes(5), Duration.ofSeconds(10), 65_536, 64L * 1024 * 1024);
        try (RelayFixture fixture = new RelayFixture("fast", "slow")) {
            TlsRelayServer relay = fixture.relay(0, smallQueue, FloodLimit.DEFAULT);
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch slowConnected = new CountDownLatch(1);
            LinkListener stuck = new LinkListener() {
                @Override
                public void onMessage(byte[] message) {
                    try {
                        release.await(5, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }

                @Override
                public void onConnected() {
                    slowConnected.countDown();
                }
            };
            NodeEvents fastEvents = new NodeEvents();
            fixture.link("fast", relay, fastEvents);
            assertThat(fastEvents.next()).isEqualTo("connected");
            fixture.link(fixture.nodes.get("slow"), relay.address().getPort(), fixture.coordinatorKey, patient, stuck);
            assertThat(slowConnected.await(60, TimeUnit.SECONDS)).isTrue();

            byte[] chunk = new byte[64 * 1024];
            LinkException refused = null;
            int sentToFast = 0;
            while (refused == null && sentToFast < 100_000) {
                try {
                    relay.send("slow", chunk);
                } catch (LinkException e) {
                    refused = e;
                }
                // Every message to the fast node arrives, in order, while the slow node's listener is stuck and its
                // queue fills. (Waiting for each one keeps the fast node's own small queue from filling when the
                // machine is busy: what is tested is that the slow node does not hold it up.)
                relay.send("fast", numbered(sentToFast));
                assertThat(number(fastEvents.nextMessage())).isEqualTo(sentToFast);
                sentToFast++;
            }
            assertThat(refused).isNotNull();
            assertThat(refused.getMessage())
                    .startsWith("node 'slow' was disconnected: its send queue is full (")
                    .endsWith("waiting): the node does not read its messages");
            assertThat(release.getCount()).isEqualTo(1);
            release.countDown();
            Object event;
            do {
                event = relayEvents.next();
            } while (!(event instanceof String text && text.startsWith("disconnected slow")));
            assertThat((String) event).contains("its send queue is full");
        }
    }

    static byte[] numbered(int i) {
        return ByteBuffer.allocate(Integer.BYTES).putInt(i).array();
    }

    static int number(byte[] message) {
        return ByteBuffer.wrap(message).getInt();
    }
}
