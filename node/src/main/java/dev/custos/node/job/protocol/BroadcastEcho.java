package dev.custos.node.job.protocol;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.Committee;
import dev.custos.node.envelope.Envelope;
import dev.custos.node.envelope.EnvelopeHeader;
import dev.custos.node.envelope.Recipient;
import dev.custos.node.envelope.SessionId;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Broadcast consistency with identifiable abort: in the round after a broadcast round, each node echoes the signed
 * broadcast envelopes it accepted from its peers. A receiver checks each echoed envelope's signature under its sender's
 * committee key and compares its payload with the one it accepted from that sender: two different payloads signed by
 * one sender for one session and round prove that sender equivocated. An echo that is not a well-formed list of
 * envelopes validly signed for this session and round proves the echoing node at fault.
 */
final class BroadcastEcho {
    private static final int MAX_ENVELOPES = 256;
    private static final int MAX_ENVELOPE_LENGTH = 1 << 20;

    private BroadcastEcho() {}

    /** The echo of the broadcast envelopes accepted in a round. */
    static byte[] encode(Map<String, Received> accepted) {
        ByteWriter writer = new ByteWriter().u32(accepted.size());
        for (Received received : accepted.values()) {
            writer.bytes(received.broadcastEnvelope()
                    .orElseThrow(() -> new IllegalStateException("no broadcast envelope from " + received.from())));
        }
        return writer.toByteArray();
    }

    /**
     * Checks {@code echo} from {@code echoer} against what this node accepted in broadcast round {@code round}.
     *
     * @param accepted the broadcast payloads this node accepted, by sender
     * @throws ProtocolFailure naming the equivocating sender, or the echoer if its echo is not valid
     */
    static void check(
            String echoer,
            byte[] echo,
            Committee committee,
            SessionId session,
            int round,
            String self,
            Map<String, byte[]> accepted)
            throws ProtocolFailure {
        requireNonNull(echo, "echo is null");
        ByteReader reader = new ByteReader(echo, "broadcast echo");
        try {
            int count = reader.u32("count");
            if (count > MAX_ENVELOPES) {
                throw reader.error("count", count + " is above " + MAX_ENVELOPES);
            }
            for (int i = 0; i < count; i++) {
                Envelope envelope = Envelope.decode(reader.bytes(MAX_ENVELOPE_LENGTH, "envelope"));
                compare(echoer, envelope, committee, session, round, self, accepted);
            }
            reader.finish();
        } catch (InvalidEncodingException e) {
            throw ProtocolFailure.blame(echoer, "its broadcast echo is malformed: " + e.getMessage());
        }
    }

    private static void compare(
            String echoer,
            Envelope envelope,
            Committee committee,
            SessionId session,
            int round,
            String self,
            Map<String, byte[]> accepted)
            throws ProtocolFailure {
        EnvelopeHeader header = envelope.header();
        Optional<NodeIdentity> sender = committee.member(header.from());
        boolean signed = sender.isPresent()
                && sender.get()
                        .signingKey()
                        .verify(Envelope.signedMessage(header, envelope.payload()), envelope.signature());
        if (!signed
                || !header.session().equals(session)
                || header.round() != round
                || !(header.to() instanceof Recipient.Broadcast)) {
            throw ProtocolFailure.blame(
                    echoer,
                    "its broadcast echo holds an envelope that is not a signed round-" + round
                            + " broadcast of this session (from '" + header.from() + "')");
        }
        if (header.from().equals(self) || header.from().equals(echoer)) {
            return;
        }
        byte[] mine = accepted.get(header.from());
        if (mine == null) {
            throw ProtocolFailure.blame(
                    echoer, "its broadcast echo holds a broadcast from '" + header.from() + "', who takes no part");
        }
        if (!Arrays.equals(mine, envelope.payload())) {
            throw ProtocolFailure.blame(
                    header.from(),
                    "it equivocated: it signed two different round-" + round + " broadcasts (one reached this node,"
                            + " another reached '" + echoer + "')");
        }
    }
}
