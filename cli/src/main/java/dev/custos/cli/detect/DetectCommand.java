package dev.custos.cli.detect;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos detect}: the detection engine as a long-running service. */
@Command(
        name = "detect",
        mixinStandardHelpOptions = true,
        description = "Runs the detection engine as a service: HTTP ingest and risk API, or a Kafka consumer.",
        subcommands = {ServeCommand.class, KafkaCommand.class})
public final class DetectCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'custos detect --help'");
    }
}
