package dev.custos.frost.lifecycle;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks on received lifecycle messages shared by the DKG, refresh, repair and reshare state machines. Each failure
 * names the participants responsible.
 */
public final class LifecycleChecks {
    private LifecycleChecks() {}

    /**
     * Sorted, unmodifiable copy of distinct identifiers of {@code suite}'s field (local configuration: failures throw
     * {@link IllegalArgumentException}).
     */
    public static List<Identifier> sortedDistinct(Ciphersuite suite, Collection<Identifier> identifiers, String what) {
        requireNonNull(identifiers, what + " is null");
        List<Identifier> sorted = new ArrayList<>(identifiers.size());
        for (Identifier identifier : identifiers) {
            requireNonNull(identifier, what + " contains null");
            if (identifier.value().field() != suite.scalarField()) {
                throw new IllegalArgumentException(
                        what + ": " + identifier + " is not a " + suite.name() + " identifier");
            }
            sorted.add(identifier);
        }
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).equals(sorted.get(i - 1))) {
                throw new IllegalArgumentException(what + " contains " + sorted.get(i) + " twice");
            }
        }
        return List.copyOf(sorted);
    }

    /**
     * Indexes received messages by sender after checking that each is for {@code suite} and {@code sessionId}, comes
     * from one of {@code expectedSenders}, that no sender appears twice, and that every expected sender is present.
     *
     * @throws FrostException {@link FrostErrorCode#CIPHERSUITE_MISMATCH}, {@link FrostErrorCode#SESSION_MISMATCH},
     *     {@link FrostErrorCode#UNKNOWN_IDENTIFIER} or {@link FrostErrorCode#DUPLICATE_IDENTIFIER} naming the sender,
     *     {@link FrostErrorCode#PACKAGE_NOT_FOUND} naming the missing senders
     */
    public static <T extends LifecycleMessage> SortedMap<Identifier, T> bySender(
            Ciphersuite suite,
            SessionId sessionId,
            Collection<? extends T> messages,
            Collection<Identifier> expectedSenders,
            String what)
            throws FrostException {
        requireNonNull(messages, what + " is null");
        SortedMap<Identifier, T> bySender = new TreeMap<>();
        for (T message : messages) {
            requireNonNull(message, what + " contains null");
            Identifier sender = message.sender();
            if (message.suite() != suite) {
                throw FrostException.blame(
                        FrostErrorCode.CIPHERSUITE_MISMATCH,
                        sender,
                        what + " is for " + message.suite().name() + ", expected " + suite.name());
            }
            if (!message.sessionId().equals(sessionId)) {
                throw FrostException.blame(
                        FrostErrorCode.SESSION_MISMATCH, sender, what + " belongs to another session");
            }
            if (!expectedSenders.contains(sender)) {
                throw FrostException.blame(
                        FrostErrorCode.UNKNOWN_IDENTIFIER, sender, "sent a " + what + " but is not an expected sender");
            }
            if (bySender.put(sender, message) != null) {
                throw FrostException.blame(FrostErrorCode.DUPLICATE_IDENTIFIER, sender, "sent two " + what + "s");
            }
        }
        List<Identifier> missing = new ArrayList<>();
        for (Identifier expected : expectedSenders) {
            if (!bySender.containsKey(expected)) {
                missing.add(expected);
            }
        }
        if (!missing.isEmpty()) {
            Collections.sort(missing);
            throw new FrostException(FrostErrorCode.PACKAGE_NOT_FOUND, "no " + what + " from " + missing, missing);
        }
        return bySender;
    }

    /**
     * {@link #bySender} for private messages, additionally requiring that each is addressed to {@code recipient}.
     *
     * @throws FrostException as {@link #bySender}, or {@link FrostErrorCode#INCORRECT_PACKAGE} naming the sender of a
     *     message addressed to someone else
     */
    public static <T extends PrivateLifecycleMessage> SortedMap<Identifier, T> bySenderFor(
            Ciphersuite suite,
            SessionId sessionId,
            Identifier recipient,
            Collection<? extends T> messages,
            Collection<Identifier> expectedSenders,
            String what)
            throws FrostException {
        requireNonNull(messages, what + " is null");
        for (T message : messages) {
            requireNonNull(message, what + " contains null");
            if (!message.recipient().equals(recipient)) {
                throw FrostException.blame(
                        FrostErrorCode.INCORRECT_PACKAGE,
                        message.sender(),
                        what + " is addressed to " + message.recipient() + ", not " + recipient);
            }
        }
        return bySender(suite, sessionId, messages, expectedSenders, what);
    }

    /**
     * Validates the fields shared by the commitment broadcasts (DKG round 1, refresh round 1, reshare): all present,
     * {@code sender} an identifier of {@code suite}, {@code commitment} in its group (local construction: failures throw
     * {@link NullPointerException} or {@link IllegalArgumentException}).
     */
    public static void requireBroadcastFields(
            Ciphersuite suite, SessionId sessionId, Identifier sender, FeldmanCommitment commitment) {
        requireNonNull(suite, "suite is null");
        requireNonNull(sessionId, "sessionId is null");
        requireNonNull(sender, "sender is null");
        requireNonNull(commitment, "commitment is null");
        if (sender.value().field() != suite.scalarField()) {
            throw new IllegalArgumentException("sender is not a " + suite.name() + " identifier");
        }
        if (!commitment.group().equals(suite.group())) {
            throw new IllegalArgumentException("commitment is not in the " + suite.name() + " group");
        }
    }

    /** Throws {@link IllegalStateException} if a one-shot state was already used. */
    public static void requireUnused(boolean consumed, String state) {
        if (consumed) {
            throw new IllegalStateException(state + " was already used; a protocol state can be used only once");
        }
    }

    /** All identifiers in {@code all} except {@code excluded}, sorted. */
    public static List<Identifier> without(List<Identifier> all, Identifier excluded) {
        List<Identifier> others = new ArrayList<>(all.size());
        for (Identifier identifier : all) {
            if (!identifier.equals(excluded)) {
                others.add(identifier);
            }
        }
        return List.copyOf(others);
    }
}
