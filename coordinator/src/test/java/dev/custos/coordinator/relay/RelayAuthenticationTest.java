package dev.custos.coordinator.relay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.coordinator.relay.RelayFixture.NodeEvents;
import dev.custos.coordinator.relay.RelayFixture.Received;
import dev.custos.coordinator.relay.RelayFixture.RelayEvents;
import dev.custos.node.identity.NodeKeys;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.link.TlsCoordinatorLink;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelayAuthenticationTest {
    @Test
    void committeeMembersAndThePinnedCoordinatorAuthenticateEachOther() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha", "beta");
                LogCapture logs = new LogCapture()) {
            TlsRelayServer relay = fixture.relay();
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            NodeEvents alphaEvents = new NodeEvents();
            NodeEvents betaEvents = new NodeEvents();
            TlsCoordinatorLink alpha = fixture.link("alpha", relay, alphaEvents);
            assertThat(alphaEvents.next()).isEqualTo("connected");
            assertThat(relayEvents.next()).isEqualTo("connected alpha");
            TlsCoordinatorLink beta = fixture.link("beta", relay, betaEvents);
            assertThat(betaEvents.next()).isEqualTo("connected");
            assertThat(relayEvents.next()).isEqualTo("connected beta");
            assertThat(relay.connected()).isEqualTo(Set.of("alpha", "beta"));
            assertThat(alpha.connected()).isTrue();

            alpha.send(bytes("from alpha"));
            Received received = (Received) relayEvents.next();
            assertThat(received.node()).isEqualTo("alpha");
            assertThat(text(received.message())).isEqualTo("from alpha");

            relay.send("beta", bytes("to beta"));
            assertThat(text(betaEvents.nextMessage())).isEqualTo("to beta");
            beta.send(bytes("from beta"));
            assertThat(((Received) relayEvents.next()).node()).isEqualTo("beta");

            logs.await("node 'alpha' connected from");
            logs.await("connected to the coordinator at 127.0.0.1:"
                    + relay.address().getPort() + " as node 'beta'");
        }
    }

    @Test
    void aNodeOutsideTheCommitteeIsRefusedAndBothSidesSayWhy() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha");
                LogCapture logs = new LogCapture()) {
            TlsRelayServer relay = fixture.relay();
            RelayEvents relayEvents = new RelayEvents();
            relay.listener(relayEvents);
            NodeKeys rogue = NodeKeys.generate("alpha", RelayFixture.RANDOM);
            NodeEvents rogueEvents = new NodeEvents();
            TlsCoordinatorLink link = fixture.link(
                    rogue, relay.address().getPort(), fixture.coordinatorKey, RelayFixture.TRANSPORT, rogueEvents);

            String relayLine = logs.await(
                    "refused a connection from",
                    "key " + rogue.identity().signingKey().toHex()
                            + " is not the Ed25519 key of any member of committee version 1");
            assertThat(relayLine).contains("\"level\":\"WARN\"");
            String nodeLine = logs.await(
                    "cannot reach the coordinator at 127.0.0.1:"
                            + relay.address().getPort(),
                    "refused this node's certificate",
                    "is this node in the coordinator's committee?");
            assertThat(nodeLine).contains("\"level\":\"WARN\"");
            assertThat(link.connected()).isFalse();
            assertThat(relay.connected()).isEmpty();
            assertThat(rogueEvents.events).isEmpty();
            assertThat(relayEvents.events).isEmpty();
        }
    }

    @Test
    void aCoordinatorWithAnotherKeyIsRefusedByTheNodeAndBothSidesSayWhy() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha");
                LogCapture logs = new LogCapture()) {
            TlsRelayServer relay = fixture.relay();
            SigningKey pinned = SigningKey.generate(RelayFixture.RANDOM);
            NodeEvents events = new NodeEvents();
            TlsCoordinatorLink link = fixture.link(
                    fixture.nodes.get("alpha"), relay.address().getPort(), pinned, RelayFixture.TRANSPORT, events);

            logs.await(
                    "cannot reach the coordinator at",
                    "refused its certificate: it presented key "
                            + fixture.coordinatorKey.publicKey().toHex() + ", but this node pins "
                            + pinned.publicKey().toHex());
            logs.await(
                    "refused a connection from",
                    "it refused the coordinator's certificate",
                    "does the node pin this coordinator's key?");
            assertThat(link.connected()).isFalse();
            assertThat(relay.connected()).isEmpty();
            assertThat(events.events).isEmpty();
        }
    }

    @Test
    void aNodeWhoseClockIsDaysBehindRefusesTheCoordinatorsCertificateAndSaysToCheckTheClocks() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha");
                LogCapture logs = new LogCapture()) {
            TlsRelayServer relay = fixture.relay();
            NodeEvents events = new NodeEvents();
            TlsCoordinatorLink link = fixture.link(
                    fixture.nodes.get("alpha"),
                    relay.address().getPort(),
                    fixture.coordinatorKey,
                    RelayFixture.TRANSPORT,
                    events,
                    Clock.offset(Clock.systemUTC(), Duration.ofDays(-3)));

            logs.await(
                    "cannot reach the coordinator at",
                    "refused its certificate: the certificate of key "
                            + fixture.coordinatorKey.publicKey().toHex() + " is valid only from",
                    "check the clocks");
            logs.await("refused a connection from", "it refused the coordinator's certificate");
            assertThat(link.connected()).isFalse();
            assertThat(relay.connected()).isEmpty();
        }
    }

    @Test
    void aRepeatedFailureIsLoggedOnceNotOnEveryAttempt() throws Exception {
        try (RelayFixture fixture = new RelayFixture("alpha");
                LogCapture logs = new LogCapture()) {
            TlsRelayServer relay = fixture.relay();
            SigningKey pinned = SigningKey.generate(RelayFixture.RANDOM);
            fixture.link(
                    fixture.nodes.get("alpha"),
                    relay.address().getPort(),
                    pinned,
                    RelayFixture.TRANSPORT,
                    new NodeEvents());
            // The relay logs every refused attempt; wait for several of them.
            logs.awaitCount(5, "refused a connection from");
            long nodeLines = logs.lines().stream()
                    .filter(line -> line.contains("cannot reach the coordinator"))
                    .filter(line -> line.contains("\"level\":\"WARN\""))
                    .count();
            assertThat(nodeLines).isEqualTo(1);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
