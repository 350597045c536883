package dev.custos.cli.input;

/** The exit codes of every {@code custos} command. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Any failure other than bad input. */
    public static final int FAILURE = 1;
    /** Bad input: arguments, files or answers that are invalid; the message says what is wrong. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
