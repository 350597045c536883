package dev.custos.cli.coordinator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos coordinator}: the coordinator's identity and its relay. */
@Command(
        name = "coordinator",
        mixinStandardHelpOptions = true,
        description = "Coordinator: its Ed25519 identity (which every node pins) and the relay the nodes dial. See"
                + " docs/NODES.md.",
        subcommands = {CoordinatorInitCommand.class, CoordinatorShowCommand.class, CoordinatorRelayCommand.class})
public final class CoordinatorCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'custos coordinator --help'");
    }
}
