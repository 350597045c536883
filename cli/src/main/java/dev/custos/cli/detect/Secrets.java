package dev.custos.cli.detect;

import dev.custos.cli.input.BadInputException;
import dev.custos.detect.server.security.SharedSecret;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads secret files for {@code custos detect serve}, with errors that name the option and never the secret. */
final class Secrets {
    private Secrets() {}

    static SharedSecret read(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(option + " not found or not a file: " + file);
        }
        try {
            return SharedSecret.readFile(file, option);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + option + " " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }
}
