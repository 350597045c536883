package dev.custos.cli.coordinator;

import dev.custos.cli.input.BadInputException;
import dev.custos.coordinator.identity.CoordinatorIdentity;
import dev.custos.coordinator.identity.CoordinatorIdentityStore;
import dev.custos.crypto.InvalidEncodingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos coordinator show}: prints the coordinator's public identity. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the coordinator's public key and fingerprint from DIR/coordinator-identity.bin (no passphrase"
                    + " needed; 'coordinator relay' checks the file against the keystore). See docs/NODES.md.",
            "Exit code 0 when shown; 2 for bad input (no identity in DIR, a malformed file); 1 for any other failure."
        })
public final class CoordinatorShowCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The coordinator's data folder.")
    private Path data;

    @Option(names = "--json", description = "Print the identity as one JSON object on one line.")
    private boolean json;

    @Override
    public Integer call() {
        CoordinatorIdentity identity;
        try {
            identity = CoordinatorIdentityStore.readPublic(data);
        } catch (NoSuchFileException e) {
            throw new BadInputException(
                    "--data " + data + " holds no coordinator identity ("
                            + CoordinatorIdentityStore.IDENTITY_FILE
                            + " is missing); create one with 'custos coordinator"
                            + " init'",
                    e);
        } catch (InvalidEncodingException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identity in " + data + ": " + e.getMessage(), e);
        }
        CoordinatorIdentityOutput.print(spec.commandLine().getOut(), identity, json, "coordinator identity in " + data);
        return 0;
    }
}
