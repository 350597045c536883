package dev.custos.cli.committee;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos committee}: the signed list of signer nodes, and the admins who sign it. */
@Command(
        name = "committee",
        mixinStandardHelpOptions = true,
        description = "Committee: the signer nodes that work together, as a quorum of admins signed them. Make an"
                + " admin key, create the committee from the nodes' identities, then have each admin sign it. Admins also"
                + " sign reshare orders, which move a wallet's key to other nodes. See docs/NODES.md.",
        subcommands = {
            AdminKeyCommand.class,
            CommitteeCreateCommand.class,
            CommitteeSignCommand.class,
            ReshareOrderCommand.class,
            ReshareOrderSignCommand.class
        })
public final class CommitteeCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'custos committee --help'");
    }
}
