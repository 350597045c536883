package dev.custos.frost.dkg;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.group.Group;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.crypto.vss.FeldmanCommitment;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.FrostErrorCode;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import dev.custos.frost.Signature;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Strictly reads the encoding written by {@link MessageWriter}. Every failure is a {@link FrostException} that names
 * {@code from}, the participant the transport authenticated as the sender of the bytes: a wrong format version ({@link
 * FrostErrorCode#UNSUPPORTED_VERSION}), another message type, truncation, trailing bytes, non-canonical scalars or
 * invalid points ({@link FrostErrorCode#MALFORMED_MESSAGE}), another ciphersuite ({@link
 * FrostErrorCode#CIPHERSUITE_MISMATCH}), an identity element where none is allowed ({@link
 * FrostErrorCode#IDENTITY_COMMITMENT}).
 */
public final class MessageReader {
    private final Ciphersuite suite;
    private final Identifier from;
    private final byte[] encoding;
    private final SessionId sessionId;
    private int offset;

    private MessageReader(Ciphersuite suite, Identifier from, byte[] encoding, SessionId sessionId, int offset) {
        this.suite = suite;
        this.from = from;
        this.encoding = encoding;
        this.sessionId = sessionId;
        this.offset = offset;
    }

    /**
     * Checks the header of {@code encoding} and positions the reader at the body.
     *
     * @param from the authenticated sender of the bytes, named as the culprit of any failure
     */
    public static MessageReader open(Ciphersuite suite, LifecycleMessageType type, Identifier from, byte[] encoding)
            throws FrostException {
        requireNonNull(suite, "suite is null");
        requireNonNull(type, "type is null");
        requireNonNull(from, "from is null");
        requireNonNull(encoding, "encoding is null");
        if (encoding.length < MessageWriter.HEADER_LENGTH) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE,
                    "message is " + encoding.length + " bytes, shorter than the header",
                    from);
        }
        int version = encoding[0] & 0xFF;
        if (version != MessageWriter.FORMAT_VERSION) {
            throw failure(FrostErrorCode.UNSUPPORTED_VERSION, "unsupported message format version " + version, from);
        }
        int suiteId = encoding[1] & 0xFF;
        if (suiteId != suite.id()) {
            throw failure(
                    FrostErrorCode.CIPHERSUITE_MISMATCH,
                    "message is for ciphersuite id " + suiteId + ", expected " + suite.name(),
                    from);
        }
        int typeCode = encoding[2] & 0xFF;
        if (typeCode != type.code()) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE,
                    "expected a " + type + " message, got message type 0x" + Integer.toHexString(typeCode),
                    from);
        }
        SessionId sessionId = SessionId.of(Arrays.copyOfRange(encoding, 3, MessageWriter.HEADER_LENGTH));
        return new MessageReader(suite, from, encoding, sessionId, MessageWriter.HEADER_LENGTH);
    }

    /**
     * The bytes that stand for the identity element where a message may carry it (a refresh commitment's {@code C_0}):
     * the canonical edwards25519 identity encoding {@code 01 00..00}, or 33 zero bytes for secp256k1 (ZF FROST's padded
     * SEC1 identity). Neither is accepted by {@link Group#decode(byte[])}.
     */
    public static byte[] identityMarker(Group group) {
        byte[] marker = new byte[group.elementLength()];
        if (group.scalarField().byteOrder() == java.nio.ByteOrder.LITTLE_ENDIAN) {
            marker[0] = 1;
        }
        return marker;
    }

    public Ciphersuite suite() {
        return suite;
    }

    public Identifier from() {
        return from;
    }

    public SessionId sessionId() {
        return sessionId;
    }

    /** A canonical non-zero identifier. */
    public Identifier identifier(String what) throws FrostException {
        byte[] bytes = take(suite.scalarField().byteLength(), what);
        try {
            return Identifier.decode(suite, bytes);
        } catch (InvalidEncodingException e) {
            throw failure(FrostErrorCode.INVALID_IDENTIFIER, what + ": " + e.getMessage(), from);
        }
    }

    /** A canonical scalar (below the group order). The returned scalar is the caller's to wipe. */
    public Scalar scalar(String what) throws FrostException {
        byte[] bytes = take(suite.scalarField().byteLength(), what);
        try {
            return suite.scalarField().decode(bytes);
        } catch (InvalidEncodingException e) {
            throw failure(FrostErrorCode.MALFORMED_MESSAGE, what + ": " + e.getMessage(), from);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** A canonical, non-identity element of the prime-order group. */
    public Element element(String what) throws FrostException {
        byte[] bytes = take(suite.group().elementLength(), what);
        if (isIdentityMarker(bytes)) {
            throw failure(FrostErrorCode.IDENTITY_COMMITMENT, what + " is the identity element", from);
        }
        return decode(bytes, what);
    }

    /** An element or the {@link #identityMarker(Group) identity marker}. */
    public Element elementOrIdentity(String what) throws FrostException {
        byte[] bytes = take(suite.group().elementLength(), what);
        return isIdentityMarker(bytes) ? suite.group().identity() : decode(bytes, what);
    }

    /** A u16 count that must lie in {@code [min, max]}. */
    public int count(String what, int min, int max) throws FrostException {
        byte[] bytes = take(2, what);
        int count = ((bytes[0] & 0xFF) << 8) | (bytes[1] & 0xFF);
        if (count < min || count > max) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE,
                    what + " is " + count + ", must be in [" + min + ", " + max + "]",
                    from);
        }
        return count;
    }

    /**
     * A Feldman commitment (u16 count, then elements). The count must be in {@code [1, 65535]}; the caller checks it
     * against the threshold. Each coefficient is an element, except that {@code C_0} may be the identity when {@code
     * constantMayBeIdentity}.
     */
    public FeldmanCommitment commitment(String what, boolean constantMayBeIdentity) throws FrostException {
        int count = count(what + " length", 1, 0xFFFF);
        List<Element> coefficients = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            String name = what + " coefficient " + j;
            coefficients.add(j == 0 && constantMayBeIdentity ? elementOrIdentity(name) : element(name));
        }
        return new FeldmanCommitment(coefficients);
    }

    /** A Schnorr proof in the ciphersuite's signature encoding. */
    public Signature proof(String what) throws FrostException {
        byte[] bytes = take(suite.signatureLength(), what);
        try {
            return suite.decodeSignature(bytes);
        } catch (InvalidEncodingException e) {
            throw failure(FrostErrorCode.MALFORMED_MESSAGE, what + ": " + e.getMessage(), from);
        }
    }

    /** Requires that the whole encoding was read. */
    public void finish() throws FrostException {
        if (offset != encoding.length) {
            throw failure(
                    FrostErrorCode.MALFORMED_MESSAGE,
                    (encoding.length - offset) + " trailing bytes after the message",
                    from);
        }
    }

    /** Requires that the message's own sender field names the authenticated sender. */
    public void requireSender(Identifier claimed) throws FrostException {
        if (!claimed.equals(from)) {
            throw failure(
                    FrostErrorCode.INCORRECT_PACKAGE,
                    "message claims sender " + claimed + " but arrived from " + from,
                    from);
        }
    }

    private Element decode(byte[] bytes, String what) throws FrostException {
        try {
            return suite.group().decode(bytes);
        } catch (InvalidEncodingException e) {
            throw failure(FrostErrorCode.MALFORMED_MESSAGE, what + ": " + e.getMessage(), from);
        }
    }

    private boolean isIdentityMarker(byte[] bytes) {
        return MessageDigest.isEqual(bytes, identityMarker(suite.group()));
    }

    private byte[] take(int length, String what) throws FrostException {
        if (encoding.length - offset < length) {
            throw failure(FrostErrorCode.MALFORMED_MESSAGE, "message is truncated in " + what, from);
        }
        byte[] bytes = Arrays.copyOfRange(encoding, offset, offset + length);
        offset += length;
        return bytes;
    }

    private static FrostException failure(FrostErrorCode code, String message, Identifier culprit) {
        return FrostException.blame(code, culprit, message);
    }
}
