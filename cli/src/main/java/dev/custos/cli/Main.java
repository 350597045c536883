package dev.custos.cli;

import dev.custos.cli.input.BadInputException;
import dev.custos.cli.input.ExitCodes;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code custos} command. Exit codes: 0 success, 2 bad input (with a message on stderr), 1 any other
 * failure.
 */
public final class Main {
    public static final int EXIT_OK = ExitCodes.OK;
    public static final int EXIT_FAILURE = ExitCodes.FAILURE;
    public static final int EXIT_BAD_INPUT = ExitCodes.BAD_INPUT;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line with the given streams; returns the exit code. Used by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CustosCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(Main::exitCodeFor);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            PrintWriter errors = failed.getErr();
            if (exitCodeFor(exception) == EXIT_BAD_INPUT) {
                errors.println("custos: " + exception.getMessage());
            } else {
                errors.println("custos: error: " + describe(exception));
            }
            errors.flush();
            return exitCodeFor(exception);
        });
        return commandLine.execute(args);
    }

    private static int exitCodeFor(Throwable exception) {
        if (exception instanceof BadInputException || exception instanceof CommandLine.ParameterException) {
            return EXIT_BAD_INPUT;
        }
        if (exception instanceof CommandLine.IExitCodeGenerator generator) {
            // a subcommand package's own exception that names its exit code (cli.approve: bad input, 2)
            return generator.getExitCode();
        }
        return EXIT_FAILURE;
    }

    private static String describe(Throwable exception) {
        String message = exception.getMessage();
        if (message == null || message.isBlank()) {
            return exception.getClass().getSimpleName();
        }
        return message;
    }
}
