package dev.custos.ecdsa.internal;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import dev.custos.ecdsa.SessionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the messages of one round: each for this session and this recipient, exactly one from each expected sender.
 * Messages from another session (a replay) or a repeated sender are rejected with the sender named.
 */
public final class Inbox {
    private Inbox() {}

    public static <M extends ProtocolMessage> Map<Identifier, M> collect(
            Collection<M> messages, SessionId session, Identifier self, Collection<Identifier> senders)
            throws EcdsaException {
        if (messages == null) {
            throw new EcdsaException(EcdsaErrorCode.MISSING_MESSAGE, "messages is null");
        }
        Map<Identifier, M> bySender = new TreeMap<>();
        for (M message : messages) {
            if (message == null) {
                throw new EcdsaException(EcdsaErrorCode.MALFORMED_MESSAGE, "a message is null");
            }
            Identifier from = message.from();
            if (!senders.contains(from)) {
                throw EcdsaException.blame(EcdsaErrorCode.UNEXPECTED_MESSAGE, from, "is not a participant");
            }
            if (!message.session().equals(session)) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.UNEXPECTED_MESSAGE, from, "sent a message of another session (replay?)");
            }
            if (!message.to().equals(self)) {
                throw EcdsaException.blame(
                        EcdsaErrorCode.UNEXPECTED_MESSAGE, from, "sent a message addressed to " + message.to());
            }
            if (bySender.put(from, message) != null) {
                throw EcdsaException.blame(EcdsaErrorCode.UNEXPECTED_MESSAGE, from, "sent two messages in one round");
            }
        }
        List<Identifier> missing = new ArrayList<>();
        for (Identifier sender : senders) {
            if (!bySender.containsKey(sender)) {
                missing.add(sender);
            }
        }
        if (!missing.isEmpty()) {
            throw new EcdsaException(EcdsaErrorCode.MISSING_MESSAGE, "no message from " + missing, missing);
        }
        return bySender;
    }
}
