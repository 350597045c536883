package dev.custos.cli.node;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos node}: a signer node's identity and encrypted keystore. */
@Command(
        name = "node",
        mixinStandardHelpOptions = true,
        description =
                "Signer node: its identity (Ed25519 and X25519 keys) in an encrypted keystore. See docs/NODES.md.",
        subcommands = {NodeInitCommand.class, NodeShowCommand.class, NodeRunCommand.class})
public final class NodeCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'custos node --help'");
    }
}
