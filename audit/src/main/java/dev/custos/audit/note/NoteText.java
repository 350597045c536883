package dev.custos.audit.note;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The character rules of signed notes: valid UTF-8, no ASCII control character but newline, and key names that are
 * non-empty with no Unicode space and no plus sign.
 */
final class NoteText {
    private NoteText() {}

    /** {@code bytes} as text, if they are valid UTF-8 with no control character but newline. */
    static String decode(byte[] bytes) throws NoteException {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new NoteException(NoteErrorCode.MALFORMED_NOTE, "the note is not valid UTF-8");
        }
        requireNoControlCharacters(text);
        return text;
    }

    /** The UTF-8 bytes of {@code text}, which must be well-formed (no lone surrogate) and free of control characters. */
    static byte[] encode(String text) throws NoteException {
        requireNoControlCharacters(text);
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8
                    .newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new NoteException(NoteErrorCode.MALFORMED_NOTE, "the text has a lone surrogate");
        }
    }

    static void requireNoControlCharacters(String text) throws NoteException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n') {
                throw new NoteException(
                        NoteErrorCode.MALFORMED_NOTE, "control character 0x" + Integer.toHexString(c) + " at " + i);
            }
        }
    }

    /** Whether {@code name} may name a key: non-empty, no Unicode space (as Go's unicode.IsSpace), no '+'. */
    static boolean isValidKeyName(String name) {
        if (name.isEmpty() || name.indexOf('+') >= 0) {
            return false;
        }
        return name.codePoints().noneMatch(NoteText::isUnicodeSpace)
                && name.codePoints().noneMatch(cp -> cp < 0x20 || Character.isSurrogate((char) cp));
    }

    private static boolean isUnicodeSpace(int codePoint) {
        return switch (codePoint) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85 -> true;
            default -> Character.isSpaceChar(codePoint);
        };
    }
}
