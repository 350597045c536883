package dev.custos.frost.repair;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.lifecycle.LifecycleMessage;
import dev.custos.frost.serialization.LifecycleMessageType;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageWriter;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Repair round 1 broadcast of helper {@code sender} to the other helpers and to the participant being repaired: {@code
 * D_{sender,j} = delta_{sender,j} * G} for every helper {@code j}. They let each helper check the delta it receives and
 * let the repaired participant blame a helper whose deltas do not add up to {@code zeta_sender * Y_sender}, or whose
 * sigma does not match, without learning any share. Must reach everyone unchanged (broadcast).
 *
 * @param commitments one element per helper, keyed by the helper receiving the delta
 */
public record RepairDeltaCommitments(
        Ciphersuite suite, SessionId sessionId, Identifier sender, SortedMap<Identifier, Element> commitments)
        implements LifecycleMessage {
    public RepairDeltaCommitments {
        requireNonNull(suite, "suite is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(sender, "sender is null");
        requireNonNull(commitments, "commitments is null");
        if (commitments.isEmpty()) {
            throw new IllegalArgumentException("commitments is empty");
        }
        TreeMap<Identifier, Element> copy = new TreeMap<>();
        for (Map.Entry<Identifier, Element> entry : commitments.entrySet()) {
            Identifier helper = requireNonNull(entry.getKey(), "helper is null");
            Element element = requireNonNull(entry.getValue(), "commitment for " + helper + " is null");
            if (helper.value().field() != suite.scalarField()
                    || !element.group().equals(suite.group())) {
                throw new IllegalArgumentException(
                        "commitment for " + helper + " is not of the " + suite.name() + " suite");
            }
            copy.put(helper, element);
        }
        commitments = Collections.unmodifiableSortedMap(copy);
    }

    /** Header, sender, u16 count, then (helper identifier, element) pairs in identifier order. */
    @Override
    public byte[] encode() {
        MessageWriter writer = MessageWriter.start(suite, LifecycleMessageType.REPAIR_DELTA_COMMITMENTS, sessionId)
                .identifier(sender)
                .u16(commitments.size());
        for (Map.Entry<Identifier, Element> entry : commitments.entrySet()) {
            writer.identifier(entry.getKey()).element(entry.getValue());
        }
        return writer.toByteArray();
    }

    /**
     * Strictly decodes commitments received from {@code from}: identifiers must be strictly increasing, elements valid
     * and not the identity.
     *
     * @throws FrostException naming {@code from}
     */
    public static RepairDeltaCommitments decode(Ciphersuite suite, Identifier from, byte[] encoding)
            throws FrostException {
        MessageReader reader = MessageReader.open(suite, LifecycleMessageType.REPAIR_DELTA_COMMITMENTS, from, encoding);
        Identifier sender = reader.identifier("sender");
        reader.requireSender(sender);
        int count = reader.count("commitment count", 1, 0xFFFF);
        SortedMap<Identifier, Element> commitments = new TreeMap<>();
        Identifier previous = null;
        for (int k = 0; k < count; k++) {
            Identifier helper = reader.identifier("helper " + k);
            if (previous != null && helper.compareTo(previous) <= 0) {
                throw FrostException.blame(
                        FrostErrorCode.MALFORMED_MESSAGE,
                        from,
                        "delta commitment helpers are not strictly increasing at " + helper);
            }
            commitments.put(helper, reader.element("delta commitment for " + helper));
            previous = helper;
        }
        reader.finish();
        return new RepairDeltaCommitments(suite, reader.sessionId(), sender, commitments);
    }

    @Override
    public String toString() {
        return "RepairDeltaCommitments[" + suite.name() + ", from " + sender + ", " + commitments.keySet() + "]";
    }
}
