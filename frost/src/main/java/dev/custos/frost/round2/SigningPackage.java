package dev.custos.frost.round2;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.group.Element;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.round1.SigningCommitments;
import dev.custos.frost.serialization.MessageReader;
import dev.custos.frost.serialization.MessageType;
import dev.custos.frost.serialization.MessageWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The coordinator's round-two message: the commitments of the chosen signers, sorted by identifier without duplicates,
 * and the message to sign.
 */
public record SigningPackage(Ciphersuite suite, List<SigningCommitments> commitments, byte[] message) {
    public SigningPackage {
        requireNonNull(suite, "suite is null");
        requireNonNull(commitments, "commitments is null");
        requireNonNull(message, "message is null");
        List<SigningCommitments> sorted = new ArrayList<>(commitments.size());
        for (SigningCommitments commitment : commitments) {
            requireNonNull(commitment, "commitment is null");
            if (commitment.suite() != suite) {
                throw new IllegalArgumentException(
                        "commitment of " + commitment.identifier() + " is for another suite");
            }
            sorted.add(commitment);
        }
        sorted.sort(Comparator.comparing(SigningCommitments::identifier));
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("commitments must not be empty");
        }
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).identifier().equals(sorted.get(i - 1).identifier())) {
                throw new IllegalArgumentException(
                        "duplicate commitment for " + sorted.get(i).identifier());
            }
        }
        commitments = List.copyOf(sorted);
        message = message.clone();
    }

    /**
     * Builds a signing package, reporting bad input as {@link FrostException}: {@link
     * FrostErrorCode#DUPLICATE_IDENTIFIER} naming the repeated identifiers, {@link FrostErrorCode#CIPHERSUITE_MISMATCH}
     * naming commitments of another suite.
     */
    public static SigningPackage create(Ciphersuite suite, Collection<SigningCommitments> commitments, byte[] message)
            throws FrostException {
        requireNonNull(suite, "suite is null");
        requireNonNull(commitments, "commitments is null");
        requireNonNull(message, "message is null");
        if (commitments.isEmpty()) {
            throw new FrostException(FrostErrorCode.INCORRECT_NUMBER_OF_COMMITMENTS, "no commitments");
        }
        SortedSet<Identifier> seen = new TreeSet<>();
        SortedSet<Identifier> duplicates = new TreeSet<>();
        SortedSet<Identifier> foreign = new TreeSet<>();
        for (SigningCommitments commitment : commitments) {
            requireNonNull(commitment, "commitment is null");
            if (!seen.add(commitment.identifier())) {
                duplicates.add(commitment.identifier());
            }
            if (commitment.suite() != suite) {
                foreign.add(commitment.identifier());
            }
        }
        if (!duplicates.isEmpty()) {
            throw new FrostException(
                    FrostErrorCode.DUPLICATE_IDENTIFIER,
                    "more than one commitment for " + duplicates,
                    List.copyOf(duplicates));
        }
        if (!foreign.isEmpty()) {
            throw new FrostException(
                    FrostErrorCode.CIPHERSUITE_MISMATCH,
                    "commitments for another ciphersuite from " + foreign,
                    List.copyOf(foreign));
        }
        return new SigningPackage(suite, List.copyOf(commitments), message);
    }

    /** The signers' identifiers in ascending order. */
    public List<Identifier> identifiers() {
        return commitments.stream().map(SigningCommitments::identifier).toList();
    }

    /** The commitments of {@code identifier}, or {@code null} if it is not a signer in this package. */
    public SigningCommitments commitment(Identifier identifier) {
        requireNonNull(identifier, "identifier is null");
        for (SigningCommitments commitment : commitments) {
            if (commitment.identifier().equals(identifier)) {
                return commitment;
            }
        }
        return null;
    }

    @Override
    public byte[] message() {
        return message.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningPackage that
                && suite == that.suite
                && commitments.equals(that.commitments)
                && Arrays.equals(message, that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(suite.name(), commitments, Arrays.hashCode(message));
    }

    @Override
    public String toString() {
        return "SigningPackage[" + suite.name() + ", signers=" + identifiers() + ", message=" + message.length
                + " bytes]";
    }

    /** Largest message {@link #deserialize(byte[])} accepts (16 MiB). */
    public static final int MAX_MESSAGE_LENGTH = 1 << 24;

    /** The versioned wire encoding: header, count, {@code (identifier, D, E)} in identifier order, message. */
    public byte[] serialize() {
        MessageWriter writer =
                MessageWriter.start(MessageType.SIGNING_PACKAGE, suite).u16(commitments.size());
        for (SigningCommitments commitment : commitments) {
            writer.identifier(commitment.identifier())
                    .element(commitment.hiding())
                    .element(commitment.binding());
        }
        return writer.bytes(message).toByteArray();
    }

    /**
     * Strictly decodes {@link #serialize()} output. Identifiers must be strictly increasing; a repeated identifier is
     * reported as {@link FrostErrorCode#DUPLICATE_IDENTIFIER} naming it.
     */
    public static SigningPackage deserialize(byte[] encoded) throws FrostException {
        MessageReader reader = MessageReader.open(encoded, MessageType.SIGNING_PACKAGE);
        Ciphersuite suite = reader.suite();
        int count = reader.u16("count");
        if (count == 0) {
            throw reader.error("count: a signing package needs at least one commitment");
        }
        List<SigningCommitments> commitments = new ArrayList<>(count);
        Identifier previous = null;
        for (int i = 0; i < count; i++) {
            Identifier identifier = reader.identifier("commitments[" + i + "].identifier");
            Element hiding = reader.element("commitments[" + i + "].hiding");
            Element binding = reader.element("commitments[" + i + "].binding");
            if (previous != null && identifier.compareTo(previous) == 0) {
                throw FrostException.blame(FrostErrorCode.DUPLICATE_IDENTIFIER, identifier, "more than one commitment");
            }
            if (previous != null && identifier.compareTo(previous) < 0) {
                throw reader.error("commitments are not sorted by identifier at index " + i);
            }
            previous = identifier;
            commitments.add(new SigningCommitments(suite, identifier, hiding, binding));
        }
        byte[] message = reader.bytes("message", MAX_MESSAGE_LENGTH);
        reader.finish();
        return new SigningPackage(suite, commitments, message);
    }
}
