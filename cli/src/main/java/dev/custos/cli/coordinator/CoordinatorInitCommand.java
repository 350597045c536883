package dev.custos.cli.coordinator;

import dev.custos.cli.input.BadInputException;
import dev.custos.cli.node.KeySourceOptions;
import dev.custos.coordinator.identity.CoordinatorIdentity;
import dev.custos.coordinator.identity.CoordinatorIdentityStore;
import dev.custos.node.keystore.KeyEncryptionKeySource;
import dev.custos.node.keystore.KeystoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos coordinator init}: creates the coordinator's identity in its data folder. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Creates the coordinator's identity in DIR: an Ed25519 key in the encrypted keystore DIR/keystore.bin and"
                    + " the public key in DIR/coordinator-identity.bin. Prints the key, which every node pins"
                    + " (custos node run --coordinator-key), and its fingerprint. See docs/NODES.md.",
            "Exit code 0 when created; 2 for bad input (a missing or invalid key file or passphrase file, an existing"
                    + " keystore or identity); 1 for any other failure."
        })
public final class CoordinatorInitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The coordinator's data folder.")
    private Path data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private KeySourceOptions keySource;

    @Option(names = "--json", description = "Print the identity as one JSON object on one line.")
    private boolean json;

    @Override
    public Integer call() {
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new BadInputException("--data " + data + " is not a folder");
        }
        KeyEncryptionKeySource source = keySource.read();
        CoordinatorIdentity identity;
        try {
            identity = CoordinatorIdentityStore.init(data, source);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(
                    "--data " + data + " holds a keystore or coordinator identity already (" + e.getFile()
                            + "); refusing to overwrite it",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the identity in " + data + ": " + e.getMessage(), e);
        } catch (KeystoreException e) {
            throw KeySourceOptions.failure(e);
        } finally {
            KeySourceOptions.forget(source);
        }
        CoordinatorIdentityOutput.print(
                spec.commandLine().getOut(), identity, json, "coordinator identity created in " + data);
        return 0;
    }
}
