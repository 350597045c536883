package dev.custos.ecdsa.internal;

import dev.custos.crypto.group.Element;
import dev.custos.crypto.scalar.Scalar;
import dev.custos.ecdsa.PartyId;
import dev.custos.ecdsa.SessionId;
import java.io.ByteArrayOutputStream;
import java.util.List;

/** Builds a message encoding: fixed-size fields written as is, variable-size ones length-prefixed. */
public final class ByteWriter {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    /** Starts a message: format version, then the message type. */
    public static ByteWriter message(int version, int type) {
        ByteWriter writer = new ByteWriter();
        writer.out.write(version);
        writer.out.write(type);
        return writer;
    }

    public ByteWriter putInt(int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    public ByteWriter putSession(SessionId session) {
        return putFixed(session.bytes());
    }

    public ByteWriter putParty(PartyId party) {
        return putInt(party.value());
    }

    /** Exactly {@code bytes.length} bytes, no prefix; the reader must know the length. */
    public ByteWriter putFixed(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public ByteWriter putVariable(byte[] bytes) {
        putInt(bytes.length);
        out.writeBytes(bytes);
        return this;
    }

    public ByteWriter putElement(Element element) {
        return putFixed(element.encode());
    }

    public ByteWriter putScalar(Scalar scalar) {
        return putFixed(scalar.toBytes());
    }

    public ByteWriter putScalars(List<Scalar> scalars) {
        putInt(scalars.size());
        for (Scalar scalar : scalars) {
            putScalar(scalar);
        }
        return this;
    }

    public ByteWriter putElements(List<? extends Element> elements) {
        putInt(elements.size());
        for (Element element : elements) {
            putElement(element);
        }
        return this;
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }
}
