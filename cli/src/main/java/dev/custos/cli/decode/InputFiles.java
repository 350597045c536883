package dev.custos.cli.decode;

import dev.custos.cli.input.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a small UTF-8 input file named on the command line, or stdin for {@code -}. */
final class InputFiles {
    /** Safe Transaction Service pages and address books are far smaller than this. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    private InputFiles() {}

    static String read(String name, String option) {
        byte[] bytes = readBytes(name, option);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(option + " file '" + name + "' is not UTF-8 text");
        }
    }

    /** The raw bytes of the file, or of stdin for {@code -}. */
    static byte[] readBytes(String name, String option) {
        byte[] bytes;
        try {
            if (name.equals("-")) {
                bytes = readLimited(System.in, option);
            } else {
                Path path = Path.of(name);
                if (Files.isDirectory(path)) {
                    throw new BadInputException("cannot read " + option + " file '" + name + "': it is a directory");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    bytes = readLimited(in, option);
                }
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("cannot read " + option + " file '" + name + "': no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException("cannot read " + option + " file '" + name + "': permission denied");
        } catch (InvalidPathException e) {
            throw new BadInputException("cannot read " + option + " file '" + name + "': invalid path");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + option + " file '" + name + "'", e);
        }
        return bytes;
    }

    private static byte[] readLimited(InputStream in, String option) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new BadInputException(option + " input is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        return bytes;
    }
}
