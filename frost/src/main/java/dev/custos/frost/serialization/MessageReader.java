package dev.custos.frost.serialization;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.SessionId;
import dev.custos.frost.Signature;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strictly reads what {@link MessageWriter} writes, the module's one decoder: the header must name this format version
 * and the expected message type; scalars must be canonical, elements canonical non-identity group members (the group's
 * strict decoder), lengths must fit, and {@link #finish()} rejects trailing bytes. Every failure is a {@link
 * FrostException} naming the field:
 *
 * <ul>
 *   <li>a signing message ({@link #open(byte[], MessageType)}) names its suite in the header and is read without a
 *       known sender: every failure is {@link FrostErrorCode#MALFORMED_MESSAGE} (or {@link
 *       FrostErrorCode#UNSUPPORTED_VERSION}), with no culprit;
 *   <li>a key lifecycle message ({@link #open(Ciphersuite, LifecycleMessageType, Identifier, byte[])}) is read from the
 *       participant the transport authenticated, named as the culprit of every failure, with the specific codes
 *       {@link FrostErrorCode#CIPHERSUITE_MISMATCH}, {@link FrostErrorCode#INVALID_IDENTIFIER}, {@link
 *       FrostErrorCode#IDENTITY_COMMITMENT} (an identity element where none is allowed) and {@link
 *       FrostErrorCode#INCORRECT_PACKAGE} ({@link #requireSender}).
 * </ul>
 */
public final class MessageReader {
    private final byte[] bytes;
    private final Ciphersuite suite;
    private final String type;
    /** The authenticated sender of a lifecycle message; {@code null} for a signing message. */
    private final Identifier from;

    private final SessionId sessionId;
    private int position;

    private MessageReader(
            byte[] bytes, Ciphersuite suite, String type, Identifier from, SessionId sessionId, int position) {
        this.bytes = bytes;
        this.suite = suite;
        this.type = type;
        this.from = from;
        this.sessionId = sessionId;
        this.position = position;
    }

    /** Opens a signing message of type {@code expected}, of the suite its header names. */
    public static MessageReader open(byte[] message, MessageType expected) throws FrostException {
        requireNonNull(expected, "expected is null");
        String type = expected.toString();
        if (message == null || message.length < MessageWriter.HEADER_LENGTH) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE,
                    type,
                    null,
                    "message is shorter than its " + MessageWriter.HEADER_LENGTH + "-byte header");
        }
        requireVersion(message, type, null);
        Ciphersuite suite;
        try {
            suite = Ciphersuites.byId(message[1] & 0xFF);
        } catch (IllegalArgumentException e) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE, type, null, "unknown ciphersuite id " + (message[1] & 0xFF));
        }
        MessageType actual = MessageType.byTag(message[2] & 0xFF);
        if (actual != expected) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE,
                    type,
                    null,
                    "message type is " + (actual == null ? "unknown" : actual.toString()));
        }
        return new MessageReader(message, suite, type, null, null, MessageWriter.HEADER_LENGTH);
    }

    /**
     * Opens a key lifecycle message of {@code suite} and type {@code expected} and reads its session id.
     *
     * @param from the authenticated sender of the bytes, named as the culprit of any failure
     */
    public static MessageReader open(Ciphersuite suite, LifecycleMessageType expected, Identifier from, byte[] message)
            throws FrostException {
        requireNonNull(suite, "suite is null");
        requireNonNull(expected, "expected is null");
        requireNonNull(from, "from is null");
        requireNonNull(message, "message is null");
        String type = expected.toString();
        if (message.length < MessageWriter.LIFECYCLE_HEADER_LENGTH) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE,
                    type,
                    from,
                    "message is " + message.length + " bytes, shorter than the header");
        }
        requireVersion(message, type, from);
        int suiteId = message[1] & 0xFF;
        if (suiteId != suite.id()) {
            throw failure(
                    FrostErrorCode.CIPHERSUITE_MISMATCH,
                    type,
                    from,
                    "message is for ciphersuite id " + suiteId + ", expected " + suite.name());
        }
        int typeCode = message[2] & 0xFF;
        if (typeCode != expected.code()) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE, type, from, "message type is 0x" + Integer.toHexString(typeCode));
        }
        SessionId sessionId = SessionId.of(
                Arrays.copyOfRange(message, MessageWriter.HEADER_LENGTH, MessageWriter.LIFECYCLE_HEADER_LENGTH));
        return new MessageReader(message, suite, type, from, sessionId, MessageWriter.LIFECYCLE_HEADER_LENGTH);
    }

    private static void requireVersion(byte[] message, String type, Identifier from) throws FrostException {
        int version = message[0] & 0xFF;
        if (version != MessageWriter.FORMAT_VERSION) {
            throw failure(
                    FrostErrorCode.UNSUPPORTED_VERSION,
                    type,
                    from,
                    "format version " + version + " is not supported (expected " + MessageWriter.FORMAT_VERSION + ")");
        }
    }

    /**
     * The bytes that stand for the identity element where a lifecycle message may carry it (a refresh commitment's
     * {@code C_0}): the canonical edwards25519 identity encoding {@code 01 00..00}, or 33 zero bytes for secp256k1 (ZF
     * FROST's padded SEC1 identity). Neither is accepted by {@link Group#decode(byte[])}.
     */
    public static byte[] identityMarker(Group group) {
        byte[] marker = new byte[group.elementLength()];
        if (group.scalarField().byteOrder() == ByteOrder.LITTLE_ENDIAN) {
            marker[0] = 1;
        }
        return marker;
    }

    /** The ciphersuite: named in a signing message's header, given for a lifecycle message. */
    public Ciphersuite suite() {
        return suite;
    }

    /** The authenticated sender of a lifecycle message. */
    public Identifier from() {
        return requireLifecycle(from);
    }

    /** The session id of a lifecycle message. */
    public SessionId sessionId() {
        return requireLifecycle(sessionId);
    }

    /** A canonical scalar; the returned scalar is the caller's to wipe. */
    public Scalar scalar(String field) throws FrostException {
        byte[] encoding = take(suite.scalarField().byteLength(), field);
        try {
            return suite.scalarField().decode(encoding);
        } catch (InvalidEncodingException e) {
            throw error(field + ": " + e.getMessage());
        } finally {
            Arrays.fill(encoding, (byte) 0);
        }
    }

    /** A canonical non-identity element; in a lifecycle message the identity is {@code IDENTITY_COMMITMENT}. */
    public Element element(String field) throws FrostException {
        byte[] encoding = take(suite.group().elementLength(), field);
        if (from != null && isIdentityMarker(encoding)) {
            throw failure(FrostErrorCode.IDENTITY_COMMITMENT, type, from, field + " is the identity element");
        }
        return decode(encoding, field);
    }

    /** An element or the {@link #identityMarker(Group) identity marker}. */
    public Element elementOrIdentity(String field) throws FrostException {
        byte[] encoding = take(suite.group().elementLength(), field);
        return isIdentityMarker(encoding) ? suite.group().identity() : decode(encoding, field);
    }

    /** A canonical non-zero identifier; in a lifecycle message a bad one is {@code INVALID_IDENTIFIER}. */
    public Identifier identifier(String field) throws FrostException {
        if (from == null) {
            Scalar value = scalar(field);
            if (value.isZero()) {
                throw error(field + ": identifier must not be zero");
            }
            return new Identifier(value);
        }
        byte[] encoding = take(suite.scalarField().byteLength(), field);
        try {
            return Identifier.decode(suite, encoding);
        } catch (InvalidEncodingException e) {
            throw failure(FrostErrorCode.INVALID_IDENTIFIER, type, from, field + ": " + e.getMessage());
        }
    }

    public int u16(String field) throws FrostException {
        byte[] two = take(2, field);
        return ((two[0] & 0xFF) << 8) | (two[1] & 0xFF);
    }

    /** A u16 count that must lie in {@code [min, max]}. */
    public int count(String field, int min, int max) throws FrostException {
        int count = u16(field);
        if (count < min || count > max) {
            throw error(field + " is " + count + ", must be in [" + min + ", " + max + "]");
        }
        return count;
    }

    /** A length-prefixed byte string of at most {@code maxLength} bytes. */
    public byte[] bytes(String field, int maxLength) throws FrostException {
        byte[] prefix = take(4, field + " length");
        long length = ((prefix[0] & 0xFFL) << 24)
                | ((prefix[1] & 0xFFL) << 16)
                | ((prefix[2] & 0xFFL) << 8)
                | (prefix[3] & 0xFFL);
        if (length > maxLength) {
            throw error(field + ": length " + length + " exceeds the limit " + maxLength);
        }
        return take((int) length, field);
    }

    public byte[] fixed(int length, String field) throws FrostException {
        return take(length, field);
    }

    /**
     * A Feldman commitment (u16 count, then elements). The count must be in {@code [1, 65535]}; the caller checks it
     * against the threshold. Each coefficient is an element, except that {@code C_0} may be the identity when {@code
     * constantMayBeIdentity}.
     */
    public FeldmanCommitment commitment(String field, boolean constantMayBeIdentity) throws FrostException {
        int count = count(field + " length", 1, 0xFFFF);
        List<Element> coefficients = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            String name = field + " coefficient " + j;
            coefficients.add(j == 0 && constantMayBeIdentity ? elementOrIdentity(name) : element(name));
        }
        return new FeldmanCommitment(coefficients);
    }

    /** A Schnorr proof in the ciphersuite's signature encoding. */
    public Signature proof(String field) throws FrostException {
        byte[] encoding = take(suite.signatureLength(), field);
        try {
            return suite.decodeSignature(encoding);
        } catch (InvalidEncodingException e) {
            throw error(field + ": " + e.getMessage());
        }
    }

    /** Requires that every byte was read. */
    public void finish() throws FrostException {
        if (position != bytes.length) {
            throw error((bytes.length - position) + " trailing bytes");
        }
    }

    /** Requires that a lifecycle message's own sender field names the authenticated sender. */
    public void requireSender(Identifier claimed) throws FrostException {
        if (!claimed.equals(requireLifecycle(from))) {
            throw failure(
                    FrostErrorCode.INCORRECT_PACKAGE,
                    type,
                    from,
                    "message claims sender " + claimed + " but arrived from " + from);
        }
    }

    /** A {@link FrostErrorCode#MALFORMED_MESSAGE} failure for semantic checks made by the caller. */
    public FrostException error(String detail) {
        return failure(FrostErrorCode.MALFORMED_MESSAGE, type, from, detail);
    }

    private Element decode(byte[] encoding, String field) throws FrostException {
        try {
            return suite.group().decode(encoding);
        } catch (InvalidEncodingException e) {
            throw error(field + ": " + e.getMessage());
        }
    }

    private boolean isIdentityMarker(byte[] encoding) {
        return MessageDigest.isEqual(encoding, identityMarker(suite.group()));
    }

    private byte[] take(int length, String field) throws FrostException {
        if (length < 0 || bytes.length - position < length) {
            throw error(field + ": message is truncated");
        }
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    private <T> T requireLifecycle(T value) {
        if (value == null) {
            throw new IllegalStateException("a signing message has no authenticated sender and no session id");
        }
        return value;
    }

    private static FrostException failure(FrostErrorCode code, String type, Identifier culprit, String detail) {
        return culprit == null
                ? new FrostException(code, type + ": " + detail)
                : FrostException.blame(code, culprit, type + ": " + detail);
    }
}
