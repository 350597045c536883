package dev.custos.cli.frost;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code custos frost}: threshold Schnorr signatures (RFC 9591 FROST). */
@Command(
        name = "frost",
        mixinStandardHelpOptions = true,
        description = "Threshold Schnorr signatures (RFC 9591 FROST: Ed25519, secp256k1, BIP340/Taproot).",
        subcommands = {FrostDemoCommand.class})
public final class FrostCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand; see 'custos frost --help'");
    }
}
