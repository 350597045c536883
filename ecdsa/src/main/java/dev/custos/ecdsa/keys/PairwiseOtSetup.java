package dev.custos.ecdsa.keys;

import static java.util.Objects.requireNonNull;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.internal.Hasher;
import dev.custos.ecdsa.ot.BaseOtReceiver;
import dev.custos.ecdsa.ot.BaseOtReceiverMessage;
import dev.custos.ecdsa.ot.BaseOtSender;
import dev.custos.ecdsa.ot.BaseOtSenderMessage;
import dev.custos.ecdsa.ot.OtChosenSeeds;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One party's side of the pairwise base OTs that set up the OT extension with every peer, in both directions: it is
 * the base-OT sender toward each peer (becoming Bob, the extension receiver) and the base-OT receiver of each peer's
 * batch (becoming Alice, the extension sender). Two messages: {@link #firstMessages()}, then {@link #respond}; then
 * {@link #finish}. Used by the DKG and by resharing.
 */
public final class PairwiseOtSetup {
    private final String protocol;
    private final SessionId session;
    private final Identifier self;
    private final List<Identifier> peers;
    private final SecureRandom random;
    private final Map<Identifier, BaseOtSender> senders = new HashMap<>();
    private final Map<Identifier, OtChosenSeeds> chosen = new HashMap<>();

    private PairwiseOtSetup(
            String protocol, SessionId session, Identifier self, List<Identifier> peers, SecureRandom random) {
        this.protocol = protocol;
        this.session = session;
        this.self = self;
        this.peers = List.copyOf(peers);
        this.random = random;
    }

    /** {@code protocol} names the enclosing protocol (e.g. "dkg"), so base OTs of different protocols never mix. */
    public static PairwiseOtSetup start(
            String protocol, SessionId session, Identifier self, List<Identifier> peers, SecureRandom random) {
        return new PairwiseOtSetup(
                requireNonNull(protocol, "protocol is null"),
                requireNonNull(session, "session is null"),
                requireNonNull(self, "self is null"),
                requireNonNull(peers, "peers is null"),
                requireNonNull(random, "random is null"));
    }

    /** This party's base-OT sender message for each peer. */
    public Map<Identifier, BaseOtSenderMessage> firstMessages() {
        Map<Identifier, BaseOtSenderMessage> out = new TreeMap<>();
        for (Identifier peer : peers) {
            BaseOtSender sender = BaseOtSender.start(context(self, peer), random);
            senders.put(peer, sender);
            out.put(peer, sender.message(random));
        }
        return out;
    }

    /** Verifies each peer's proof of knowledge and replies with fresh random choices. */
    public Map<Identifier, BaseOtReceiverMessage> respond(Map<Identifier, BaseOtSenderMessage> received)
            throws EcdsaException {
        Map<Identifier, BaseOtReceiverMessage> out = new TreeMap<>();
        for (Identifier peer : peers) {
            BaseOtSenderMessage message = received.get(peer);
            if (message == null) {
                throw new EcdsaException(
                        EcdsaErrorCode.MISSING_MESSAGE, "no base OT message from " + peer, List.of(peer));
            }
            try {
                BaseOtReceiver.Result result = BaseOtReceiver.respond(context(peer, self), message, random);
                chosen.put(peer, result.seeds());
                out.put(peer, result.reply());
            } catch (IllegalArgumentException e) {
                throw EcdsaException.blame(EcdsaErrorCode.INVALID_PROOF, peer, e.getMessage());
            }
        }
        return out;
    }

    /** The finished setup with every peer, from their replies to this party's first messages. */
    public Map<Identifier, PairwiseSetup> finish(Map<Identifier, BaseOtReceiverMessage> replies) throws EcdsaException {
        Map<Identifier, PairwiseSetup> out = new HashMap<>();
        for (Identifier peer : peers) {
            BaseOtReceiverMessage reply = replies.get(peer);
            BaseOtSender sender = senders.get(peer);
            if (reply == null || sender == null || !chosen.containsKey(peer)) {
                throw new EcdsaException(
                        EcdsaErrorCode.MISSING_MESSAGE, "base OT with " + peer + " is incomplete", List.of(peer));
            }
            out.put(peer, new PairwiseSetup(peer, sender.finish(reply), chosen.get(peer)));
        }
        return out;
    }

    /** Wipes the seeds chosen so far (on abort). */
    public void destroy() {
        chosen.values().forEach(OtChosenSeeds::destroy);
    }

    private byte[] context(Identifier sender, Identifier receiver) {
        return Hasher.sha256(protocol + "/base-ot")
                .put(session.bytes())
                .put(sender)
                .put(receiver)
                .digest();
    }
}
