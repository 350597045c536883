package dev.custos.node.transport;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The frame format of a node link (docs/NODES.md, "Transport"): a 4-byte big-endian length, then that many bytes: a
 * 1-byte kind and the kind's body. {@code DATA} (1) carries one message of at most {@value #MAX_MESSAGE_LENGTH} bytes;
 * {@code PING} (2) and {@code PONG} (3) an 8-byte token; {@code ACCEPTED} (4) and {@code CLOSE} (5) UTF-8 text of at
 * most {@value #MAX_TEXT_LENGTH} bytes. A length above {@value #MAX_FRAME_LENGTH} is refused before any of the body is
 * read.
 */
public final class FrameCodec {
    /** The longest message: a 16 MiB envelope payload plus 64 KiB for the envelope and job headers around it. */
    public static final int MAX_MESSAGE_LENGTH = 16 * 1024 * 1024 + 64 * 1024;
    /** The longest frame body (kind byte included). */
    public static final int MAX_FRAME_LENGTH = MAX_MESSAGE_LENGTH + 1;
    /** The longest text in an {@code ACCEPTED} or {@code CLOSE} frame. */
    public static final int MAX_TEXT_LENGTH = 1024;

    static final int DATA = 1;
    static final int PING = 2;
    static final int PONG = 3;
    static final int ACCEPTED = 4;
    static final int CLOSE = 5;
    private static final int TOKEN_LENGTH = 8;

    private FrameCodec() {}

    /** Writes one frame (not flushed). */
    public static void write(OutputStream out, Frame frame) throws IOException {
        switch (frame) {
            case Frame.Data data -> writeFrame(out, DATA, data.message());
            case Frame.Ping ping -> writeFrame(out, PING, token(ping.token()));
            case Frame.Pong pong -> writeFrame(out, PONG, token(pong.token()));
            case Frame.Accepted accepted -> writeFrame(out, ACCEPTED, text(accepted.node()));
            case Frame.Close close -> writeFrame(out, CLOSE, text(close.reason()));
        }
    }

    /**
     * Reads one frame.
     *
     * @throws EOFException if the stream ends before the first byte of a frame or inside one
     * @throws FrameException if the frame is too long, empty, of an unknown kind or malformed
     */
    public static Frame read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_FRAME_LENGTH) {
            throw new FrameException("a frame of " + Integer.toUnsignedLong(length)
                    + " bytes is longer than the limit of " + MAX_FRAME_LENGTH + " bytes");
        }
        if (length == 0) {
            throw new FrameException("an empty frame (no kind byte)");
        }
        int kind = in.readUnsignedByte();
        byte[] body = new byte[length - 1];
        in.readFully(body);
        return switch (kind) {
            case DATA -> new Frame.Data(body);
            case PING -> new Frame.Ping(token(body, "PING"));
            case PONG -> new Frame.Pong(token(body, "PONG"));
            case ACCEPTED -> new Frame.Accepted(text(body, "ACCEPTED"));
            case CLOSE -> new Frame.Close(text(body, "CLOSE"));
            default -> throw new FrameException("a frame of unknown kind " + kind);
        };
    }

    /** Reads from a raw stream; see {@link #read(DataInputStream)}. */
    public static Frame read(InputStream in) throws IOException {
        return read(in instanceof DataInputStream data ? data : new DataInputStream(in));
    }

    private static void writeFrame(OutputStream out, int kind, byte[] body) throws IOException {
        int length = body.length + 1;
        out.write(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        out.write(kind);
        out.write(body);
    }

    private static byte[] token(long token) {
        return ByteBuffer.allocate(TOKEN_LENGTH).putLong(token).array();
    }

    private static long token(byte[] body, String kind) throws FrameException {
        if (body.length != TOKEN_LENGTH) {
            throw new FrameException("a " + kind + " frame carries an 8-byte token, got " + body.length + " bytes");
        }
        return ByteBuffer.wrap(body).getLong();
    }

    private static byte[] text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_TEXT_LENGTH) {
            return bytes;
        }
        // Cut a long reason at a character boundary so that it stays valid UTF-8.
        int end = MAX_TEXT_LENGTH;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        byte[] cut = new byte[end];
        System.arraycopy(bytes, 0, cut, 0, end);
        return cut;
    }

    private static String text(byte[] body, String kind) throws FrameException {
        if (body.length > MAX_TEXT_LENGTH) {
            throw new FrameException(
                    "a " + kind + " frame carries at most " + MAX_TEXT_LENGTH + " bytes of text, got " + body.length);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new FrameException("a " + kind + " frame's text is not valid UTF-8");
        }
    }
}
