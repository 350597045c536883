package dev.custos.ecdsa.internal;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.ProtocolMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Delivers point-to-point messages between parties in one process, through their byte encodings, as a network would:
 * the transport of the in-process ceremonies ({@code DkgCeremony}, {@code PresignCeremony}, ...) and of tests. A
 * message that does not decode blames its sender.
 */
public final class LocalNetwork {
    private LocalNetwork() {}

    /** Decodes received bytes into a message. */
    @FunctionalInterface
    public interface Decoder<M> {
        M decode(byte[] bytes) throws InvalidEncodingException;
    }

    /** Encodes every outgoing message, decodes it, and groups the results by recipient. */
    public static <M extends ProtocolMessage> Map<Identifier, List<M>> deliver(
            Collection<? extends List<M>> outgoing, Decoder<M> decoder) throws EcdsaException {
        Map<Identifier, List<M>> inboxes = new TreeMap<>();
        for (List<M> batch : outgoing) {
            for (M message : batch) {
                M received;
                try {
                    received = decoder.decode(message.encode());
                } catch (InvalidEncodingException e) {
                    throw EcdsaException.blame(EcdsaErrorCode.MALFORMED_MESSAGE, message.from(), e.getMessage());
                }
                inboxes.computeIfAbsent(received.to(), party -> new ArrayList<>())
                        .add(received);
            }
        }
        return inboxes;
    }
}
