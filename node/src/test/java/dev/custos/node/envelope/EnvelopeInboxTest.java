package dev.custos.node.envelope;

import static dev.custos.node.envelope.Network.secret;
import static dev.custos.node.envelope.Network.signedBy;
import static dev.custos.node.envelope.Network.text;
import static dev.custos.node.envelope.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.node.identity.NodeKeys;
import org.junit.jupiter.api.Test;

/** Each check of {@link EnvelopeInbox}, accepted and rejected, with the sender and the culprit it names. */
class EnvelopeInboxTest {
    private final Network network = new Network();
    private final EnvelopeSealer fromA = network.sealer(network.a);
    private final EnvelopeInbox inboxB = network.inbox(network.b);

    @Test
    void receive_broadcastFromAMember_isDelivered() throws Exception {
        Delivery delivery = inboxB.receive(
                fromA.broadcast(network.session, 1, new byte[] {5}).encode());
        assertThat(delivery).isEqualTo(new Delivery.Broadcast("a", 1, new byte[] {5}));
    }

    @Test
    void receive_directToThisNode_isDecrypted() throws Exception {
        Delivery delivery = inboxB.receive(
                fromA.direct(network.session, 1, "b", secret("share for b")).encode());
        assertThat(delivery).isInstanceOfSatisfying(Delivery.Direct.class, direct -> {
            assertThat(direct.from()).isEqualTo("a");
            assertThat(direct.round()).isEqualTo(1);
            assertThat(text(direct.payload())).isEqualTo("share for b");
        });
    }

    @Test
    void receive_broadcastAndDirectOfOneRound_andLaterRounds_areAllDelivered() throws Exception {
        inboxB.receive(fromA.broadcast(network.session, 1, new byte[] {1}).encode());
        inboxB.receive(fromA.direct(network.session, 1, "b", secret("x")).encode());
        inboxB.receive(fromA.direct(network.session, 3, "b", secret("y")).encode());
        inboxB.receive(network.sealer(network.c)
                .broadcast(network.session, 1, new byte[] {2})
                .encode());
    }

    @Test
    void receive_garbage_isMalformedWithNoSender() {
        assertRejected(() -> inboxB.receive(new byte[] {1, 2, 3}), EnvelopeError.MALFORMED, null, false);
    }

    @Test
    void receive_fromANodeOutsideTheCommittee_isAnUnknownSender() {
        NodeKeys stranger = NodeKeys.generate("z", Network.RANDOM);
        EnvelopeHeader header = new EnvelopeHeader(network.session, "z", new Recipient.Broadcast(), 1);
        Envelope envelope = signedBy(stranger, header, new byte[] {1});
        assertRejected(() -> inboxB.receive(envelope.encode()), EnvelopeError.UNKNOWN_SENDER, "z", false);
    }

    @Test
    void receive_signedWithAnotherKeyThanTheMembers_isABadSignatureAndBlamesNoNode() {
        NodeKeys impostor = NodeKeys.generate("a", Network.RANDOM);
        EnvelopeHeader header = new EnvelopeHeader(network.session, "a", new Recipient.Broadcast(), 1);
        Envelope forged = signedBy(impostor, header, new byte[] {1});
        EnvelopeException e =
                assertRejected(() -> inboxB.receive(forged.encode()), EnvelopeError.BAD_SIGNATURE, "a", false);
        assertThat(e.getMessage()).contains("not authenticated").contains("the coordinator or the network");
    }

    @Test
    void receive_unsigned_isABadSignature() {
        EnvelopeHeader header = new EnvelopeHeader(network.session, "a", new Recipient.Broadcast(), 1);
        Envelope unsigned = new Envelope(header, new byte[] {1}, new byte[64]);
        assertRejected(() -> inboxB.receive(unsigned.encode()), EnvelopeError.BAD_SIGNATURE, "a", false);
    }

    @Test
    void receive_thisNodesOwnEnvelope_isReflected() {
        Envelope own = network.sealer(network.b).broadcast(network.session, 1, new byte[] {1});
        assertRejected(() -> inboxB.receive(own.encode()), EnvelopeError.REFLECTED, "b", true);
    }

    @Test
    void receive_fromAnotherSession_isTheWrongSession() {
        Envelope old = fromA.broadcast(SessionId.random(Network.RANDOM), 1, new byte[] {1});
        EnvelopeException e =
                assertRejected(() -> inboxB.receive(old.encode()), EnvelopeError.WRONG_SESSION, "a", true);
        assertThat(e.getMessage()).contains("is not the current session " + network.session.toHex());
    }

    @Test
    void receive_directForAnotherMember_isMisaddressed() {
        Envelope forC = fromA.direct(network.session, 1, "c", secret("for c"));
        assertRejected(() -> inboxB.receive(forC.encode()), EnvelopeError.MISADDRESSED, "a", true);
    }

    @Test
    void receive_theSameEnvelopeTwice_isAReplay() throws Exception {
        byte[] envelope = fromA.direct(network.session, 1, "b", secret("x")).encode();
        inboxB.receive(envelope);
        assertRejected(() -> inboxB.receive(envelope), EnvelopeError.REPLAYED, "a", true);
    }

    @Test
    void receive_twoDifferentEnvelopesForOneRound_isEquivocationAndBlamesTheSender() throws Exception {
        inboxB.receive(fromA.broadcast(network.session, 2, new byte[] {1}).encode());
        Envelope second = fromA.broadcast(network.session, 2, new byte[] {2});
        EnvelopeException e =
                assertRejected(() -> inboxB.receive(second.encode()), EnvelopeError.EQUIVOCATION, "a", true);
        assertThat(e.culprit()).contains("a");
        assertThat(e.getMessage()).contains("node 'a' is at fault");
    }

    @Test
    void receive_aRoundBelowOneAlreadyReached_isOutOfOrder() throws Exception {
        inboxB.receive(fromA.broadcast(network.session, 2, new byte[] {1}).encode());
        Envelope late = fromA.direct(network.session, 1, "b", secret("x"));
        EnvelopeException e =
                assertRejected(() -> inboxB.receive(late.encode()), EnvelopeError.OUT_OF_ORDER, "a", true);
        assertThat(e.getMessage()).contains("round 1 is below round 2 already received from 'a'");
    }

    @Test
    void receive_signedDirectPayloadThatDoesNotDecrypt_isUndecryptableAndBlamesTheSender() {
        EnvelopeHeader header = new EnvelopeHeader(network.session, "a", new Recipient.Direct("b"), 1);
        Envelope garbage = signedBy(network.a, header, new byte[64]);
        EnvelopeException e =
                assertRejected(() -> inboxB.receive(garbage.encode()), EnvelopeError.UNDECRYPTABLE, "a", true);
        assertThat(e.culprit()).contains("a");
    }

    @Test
    void receive_afterARejection_stillAcceptsTheGenuineEnvelope() throws Exception {
        EnvelopeHeader header = new EnvelopeHeader(network.session, "a", new Recipient.Direct("b"), 1);
        assertThatThrownBy(() ->
                        inboxB.receive(signedBy(network.a, header, new byte[64]).encode()))
                .isInstanceOf(EnvelopeException.class);
        Delivery delivery = inboxB.receive(
                fromA.direct(network.session, 1, "b", secret("ok")).encode());
        assertThat(delivery.from()).isEqualTo("a");
    }

    @Test
    void constructor_nodeNotInTheCommitteeOrWithOtherKeys_isRefused() {
        NodeKeys outsider = NodeKeys.generate("z", Network.RANDOM);
        NodeKeys lookalike = NodeKeys.generate("a", Network.RANDOM);
        assertThatThrownBy(() -> new EnvelopeInbox(outsider, network.committee, network.session))
                .hasMessage("node 'z' is not a member of committee version 1");
        assertThatThrownBy(() -> new EnvelopeInbox(lookalike, network.committee, network.session))
                .hasMessageContaining("lists other keys for 'a'");
    }
}
