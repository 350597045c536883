package dev.custos.node.envelope;

import static dev.custos.node.envelope.Network.secret;
import static dev.custos.node.envelope.Network.signedBy;
import static dev.custos.node.envelope.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What an untrusted coordinator can do to the envelopes it relays (flip bytes, swap payloads, change or misroute the
 * recipient, replay) is rejected, and never blamed on an honest node.
 */
class RelayAttackTest {
    private final Network network = new Network();
    private final EnvelopeSealer fromA = network.sealer(network.a);

    @Test
    void flipAnyByteOfADirectEnvelope_isRejectedAndBlamesNoNode() {
        byte[] original =
                fromA.direct(network.session, 1, "b", secret("share for b")).encode();
        for (int offset = 0; offset < original.length; offset++) {
            for (int bit : new int[] {0x01, 0x80}) {
                byte[] flipped = original.clone();
                flipped[offset] ^= (byte) bit;
                EnvelopeInbox inbox = network.inbox(network.b);
                try {
                    inbox.receive(flipped);
                    throw new AssertionError("byte " + offset + " flipped with " + bit + " was accepted");
                } catch (EnvelopeException e) {
                    assertThat(e.error().fault())
                            .as("byte %d: %s", offset, e.getMessage())
                            .isEqualTo(Fault.TRANSPORT);
                    assertThat(e.culprit()).isEmpty();
                }
            }
        }
    }

    @Test
    void swapPayloadsBetweenTwoEnvelopes_isABadSignature() {
        Envelope first = fromA.direct(network.session, 1, "b", secret("first"));
        Envelope second = fromA.direct(network.session, 2, "b", secret("second"));
        Envelope swapped = new Envelope(first.header(), second.payload(), first.signature());
        assertRejected(
                () -> network.inbox(network.b).receive(swapped.encode()), EnvelopeError.BAD_SIGNATURE, "a", false);
        Envelope swappedWithSignature = new Envelope(first.header(), second.payload(), second.signature());
        assertRejected(
                () -> network.inbox(network.b).receive(swappedWithSignature.encode()),
                EnvelopeError.BAD_SIGNATURE,
                "a",
                false);
    }

    @Test
    void memberResendsAnotherMembersCiphertextUnderItsOwnHeader_doesNotDecrypt() {
        Envelope aToB = fromA.direct(network.session, 1, "b", secret("a's share for b"));
        EnvelopeHeader stolen = new EnvelopeHeader(network.session, "c", new Recipient.Direct("b"), 1);
        Envelope resent = signedBy(network.c, stolen, aToB.payload());
        EnvelopeException e = assertRejected(
                () -> network.inbox(network.b).receive(resent.encode()), EnvelopeError.UNDECRYPTABLE, "c", true);
        assertThat(e.culprit()).contains("c");
    }

    @Test
    void changeTheRecipient_isABadSignature_andMisroutingIsMisaddressed() {
        Envelope aToB = fromA.direct(network.session, 1, "b", secret("for b"));
        EnvelopeHeader toC = new EnvelopeHeader(network.session, "a", new Recipient.Direct("c"), 1);
        Envelope redirected = new Envelope(toC, aToB.payload(), aToB.signature());
        assertRejected(
                () -> network.inbox(network.c).receive(redirected.encode()), EnvelopeError.BAD_SIGNATURE, "a", false);
        assertRejected(() -> network.inbox(network.c).receive(aToB.encode()), EnvelopeError.MISADDRESSED, "a", true);
    }

    @Test
    void turnADirectEnvelopeIntoABroadcast_isABadSignature() {
        Envelope aToB = fromA.direct(network.session, 1, "b", secret("for b"));
        EnvelopeHeader broadcast = new EnvelopeHeader(network.session, "a", new Recipient.Broadcast(), 1);
        Envelope exposed = new Envelope(broadcast, aToB.payload(), aToB.signature());
        assertRejected(
                () -> network.inbox(network.c).receive(exposed.encode()), EnvelopeError.BAD_SIGNATURE, "a", false);
    }

    @Test
    void replayInTheSameSessionOrIntoANewOne_isRejected() throws Exception {
        byte[] envelope = fromA.broadcast(network.session, 1, new byte[] {1}).encode();
        EnvelopeInbox inbox = network.inbox(network.b);
        inbox.receive(envelope);
        assertRejected(() -> inbox.receive(envelope), EnvelopeError.REPLAYED, "a", true);
        EnvelopeInbox nextSession = new EnvelopeInbox(network.b, network.committee, SessionId.random(Network.RANDOM));
        assertRejected(() -> nextSession.receive(envelope), EnvelopeError.WRONG_SESSION, "a", true);
    }

    @Test
    void reorderRounds_rejectsTheEarlierRoundOnceALaterOneWasAccepted() throws Exception {
        byte[] round1 = fromA.broadcast(network.session, 1, new byte[] {1}).encode();
        byte[] round2 = fromA.broadcast(network.session, 2, new byte[] {2}).encode();
        EnvelopeInbox inbox = network.inbox(network.b);
        inbox.receive(round2);
        assertRejected(() -> inbox.receive(round1), EnvelopeError.OUT_OF_ORDER, "a", true);
    }
}
