package dev.custos.cli.approve;

import picocli.CommandLine;

/**
 * Bad input to {@code custos approve} (an argument, the key file or the token file); the message says what is wrong.
 * Exit code 2, like the root package's {@code InvalidInput}, which this package does not use so that it does not
 * form a package cycle with the root command (it carries its exit code instead).
 */
final class InvalidInput extends RuntimeException implements CommandLine.IExitCodeGenerator {
    private static final long serialVersionUID = 1L;

    /** The exit code for bad input. */
    static final int EXIT_CODE = 2;

    InvalidInput(String message) {
        super(message);
    }

    InvalidInput(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }
}
