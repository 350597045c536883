package dev.custos.audit.checkpoint;

import static java.util.Objects.requireNonNull;

import dev.custos.audit.merkle.MerkleHash;
import dev.custos.audit.note.CanonicalBase64;
import dev.custos.audit.note.NoteErrorCode;
import dev.custos.audit.note.NoteException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A C2SP tlog-checkpoint: the text a log signs to commit to its tree head. The body is {@code <origin>\n<size>\n
 * <base64 root>\n}, optionally followed by non-empty extension lines; the size is decimal without leading zeros and
 * the root is the 32-byte RFC 9162 tree head.
 *
 * @param origin the log's identity, non-empty, one line without control characters
 * @param size the number of entries, 0 or more
 * @param root the tree head of the first {@code size} entries
 * @param extensions opaque extra lines, each non-empty (copied; Custos writes none)
 */
public record Checkpoint(String origin, long size, MerkleHash root, List<String> extensions) {
    private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]*");

    public Checkpoint {
        requireNonNull(origin, "origin is null");
        requireNonNull(root, "root is null");
        extensions = List.copyOf(requireNonNull(extensions, "extensions is null"));
        if (!isLine(origin)) {
            throw new IllegalArgumentException("origin '" + origin + "' is empty or not a single line");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must be 0 or more, got " + size);
        }
        for (String extension : extensions) {
            if (!isLine(extension)) {
                throw new IllegalArgumentException("extension line '" + extension + "' is empty or not one line");
            }
        }
    }

    /** The checkpoint with no extension lines. */
    public static Checkpoint of(String origin, long size, MerkleHash root) {
        return new Checkpoint(origin, size, root, List.of());
    }

    /**
     * Parses a checkpoint body (a note's text) strictly.
     *
     * @throws NoteException with {@link NoteErrorCode#MALFORMED_CHECKPOINT}, naming the line at fault
     */
    public static Checkpoint parse(String body) throws NoteException {
        requireNonNull(body, "body is null");
        if (!body.endsWith("\n")) {
            throw malformed("a checkpoint ends in a newline");
        }
        String[] lines = body.substring(0, body.length() - 1).split("\n", -1);
        if (lines.length < 3) {
            throw malformed("a checkpoint has an origin, a size and a root hash line, got " + lines.length + " lines");
        }
        if (!isLine(lines[0])) {
            throw malformed("the origin line is empty or has a control character");
        }
        if (!SIZE.matcher(lines[1]).matches()) {
            throw malformed("the size line '" + lines[1] + "' is not a decimal number without leading zeros");
        }
        long size;
        try {
            size = Long.parseLong(lines[1]);
        } catch (NumberFormatException e) {
            throw malformed("the size " + lines[1] + " is 2^63 or more");
        }
        byte[] root = CanonicalBase64.decode(lines[2])
                .orElseThrow(() -> malformed("the root hash line '" + lines[2] + "' is not canonical base64"));
        if (root.length != MerkleHash.LENGTH) {
            throw malformed("the root hash is " + root.length + " bytes, not " + MerkleHash.LENGTH);
        }
        List<String> extensions = Arrays.asList(lines).subList(3, lines.length);
        for (int i = 0; i < extensions.size(); i++) {
            if (!isLine(extensions.get(i))) {
                throw malformed("extension line " + (i + 1) + " is empty or has a control character");
            }
        }
        return new Checkpoint(lines[0], size, new MerkleHash(root), extensions);
    }

    /** The body to sign: origin, size, base64 root and extension lines, each ending in a newline. */
    public String body() {
        StringBuilder body = new StringBuilder()
                .append(origin)
                .append('\n')
                .append(size)
                .append('\n')
                .append(CanonicalBase64.encode(root.bytes()))
                .append('\n');
        extensions.forEach(line -> body.append(line).append('\n'));
        return body.toString();
    }

    private static boolean isLine(String line) {
        return !line.isEmpty() && line.chars().noneMatch(c -> c < 0x20);
    }

    private static NoteException malformed(String message) {
        return new NoteException(NoteErrorCode.MALFORMED_CHECKPOINT, message);
    }
}
