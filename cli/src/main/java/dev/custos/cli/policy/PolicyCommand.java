package dev.custos.cli.policy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos policy}: evaluate signing requests against a policy and run policy test cases. */
@Command(
        name = "policy",
        mixinStandardHelpOptions = true,
        description = "Default-deny signing policy: evaluate a request, run policy test cases.",
        subcommands = {PolicyEvalCommand.class, PolicyTestCommand.class})
public final class PolicyCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'custos policy --help'");
    }
}
