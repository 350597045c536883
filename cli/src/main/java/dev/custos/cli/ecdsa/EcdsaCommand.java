package dev.custos.cli.ecdsa;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos ecdsa}: threshold ECDSA on secp256k1 (DKLs23). */
@Command(
        name = "ecdsa",
        mixinStandardHelpOptions = true,
        description = "Threshold ECDSA on secp256k1 (DKLs23): Ethereum- and Bitcoin-ready signatures.",
        subcommands = {EcdsaDemoCommand.class})
public final class EcdsaCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'custos ecdsa --help'");
    }
}
