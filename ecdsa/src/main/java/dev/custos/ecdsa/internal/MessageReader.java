package dev.custos.ecdsa.internal;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.Secp256k1;
import dev.custos.ecdsa.SessionId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads what {@link MessageWriter} writes, strictly, the module's one decoder (as frost's {@code MessageReader}): the
 * header must name the expected version and type, every element and scalar is validated, and {@link #end()} rejects
 * trailing bytes. Failures are {@link InvalidEncodingException}s naming what is wrong.
 */
public final class MessageReader {
    public static final int MAX_COUNT = 1 << 16;

    private final byte[] bytes;
    private int position;

    private MessageReader(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Opens a message and checks its version and type. */
    public static MessageReader message(byte[] bytes, int version, int type) throws InvalidEncodingException {
        if (bytes == null || bytes.length < 2) {
            throw new InvalidEncodingException("message is too short");
        }
        if ((bytes[0] & 0xFF) != version) {
            throw new InvalidEncodingException("unsupported message version " + (bytes[0] & 0xFF));
        }
        if ((bytes[1] & 0xFF) != type) {
            throw new InvalidEncodingException("wrong message type " + (bytes[1] & 0xFF) + ", expected " + type);
        }
        MessageReader reader = new MessageReader(bytes);
        reader.position = 2;
        return reader;
    }

    public int getInt() throws InvalidEncodingException {
        byte[] four = getFixed(4);
        return ((four[0] & 0xFF) << 24) | ((four[1] & 0xFF) << 16) | ((four[2] & 0xFF) << 8) | (four[3] & 0xFF);
    }

    public int getCount() throws InvalidEncodingException {
        int count = getInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new InvalidEncodingException("count out of range: " + count);
        }
        return count;
    }

    public SessionId getSession() throws InvalidEncodingException {
        return SessionId.of(getFixed(SessionId.LENGTH));
    }

    public Identifier getIdentifier() throws InvalidEncodingException {
        int value = getInt();
        if (value < 1 || value > Identifier.MAX_INTEGER) {
            throw new InvalidEncodingException("identifier out of range: " + value);
        }
        return new Identifier(value);
    }

    public byte[] getFixed(int length) throws InvalidEncodingException {
        if (length < 0 || bytes.length - position < length) {
            throw new InvalidEncodingException("message is truncated");
        }
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    public byte[] getVariable() throws InvalidEncodingException {
        int length = getInt();
        if (length < 0) {
            throw new InvalidEncodingException("negative length");
        }
        return getFixed(length);
    }

    public Element getElement() throws InvalidEncodingException {
        return Secp256k1.GROUP.decode(getFixed(Secp256k1.GROUP.elementLength()));
    }

    public Scalar getScalar() throws InvalidEncodingException {
        byte[] encoding = getFixed(32);
        try {
            return Secp256k1.FIELD.decode(encoding);
        } finally {
            Arrays.fill(encoding, (byte) 0);
        }
    }

    public List<Scalar> getScalars() throws InvalidEncodingException {
        int count = getCount();
        List<Scalar> scalars = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            scalars.add(getScalar());
        }
        return scalars;
    }

    public List<Element> getElements() throws InvalidEncodingException {
        int count = getCount();
        List<Element> elements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            elements.add(getElement());
        }
        return elements;
    }

    /** Fails unless every byte was consumed. */
    public void end() throws InvalidEncodingException {
        if (position != bytes.length) {
            throw new InvalidEncodingException("message has " + (bytes.length - position) + " trailing bytes");
        }
    }
}
