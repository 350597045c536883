package dev.custos.cli.node;

import dev.custos.cli.input.BadInputException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
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

/** {@code custos node init}: creates a node's identity in its data folder. */
@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = {
            "Creates a signer node's identity in DIR: an Ed25519 signing key and an X25519 encryption key, stored in"
                    + " the encrypted keystore DIR/keystore.bin, and the public identity in DIR/identity.bin. Prints"
                    + " the public identity. Refuses a folder that holds an identity already. See docs/NODES.md.",
            "Exit code 0 when created; 2 for bad input (a name, a missing or invalid key file or passphrase file, an"
                    + " existing identity); 1 for any other failure."
        })
public final class NodeInitCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The node's data folder.")
    private Path data;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The node's name: 1 to 63 characters from A-Z a-z 0-9 . _ -, starting with a letter or"
                    + " digit. Default: the data folder's name.")
    private String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private KeySourceOptions keySource;

    @Option(names = "--json", description = "Print the identity as one JSON object on one line.")
    private boolean json;

    @Override
    public Integer call() {
        String nodeName = nodeName();
        if (Files.exists(data) && !Files.isDirectory(data)) {
            throw new BadInputException("--data " + data + " is not a folder");
        }
        KeyEncryptionKeySource source = keySource.read();
        NodeIdentity identity;
        try {
            identity = NodeIdentityStore.init(data, nodeName, source);
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException(
                    "--data " + data + " holds a node identity already (" + e.getFile() + "); refusing to overwrite it",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the identity in " + data + ": " + e.getMessage(), e);
        } catch (KeystoreException e) {
            throw KeySourceOptions.failure(e);
        } finally {
            KeySourceOptions.forget(source);
        }
        IdentityOutput.print(spec.commandLine().getOut(), identity, true, json, "node identity created in " + data);
        return 0;
    }

    private String nodeName() {
        if (name != null) {
            try {
                return NodeIdentity.requireValidName(name);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--name: " + e.getMessage(), e);
            }
        }
        Path folder = data.toAbsolutePath().normalize().getFileName();
        String candidate = folder == null ? "" : folder.toString();
        try {
            return NodeIdentity.requireValidName(candidate);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(
                    "give --name: the data folder's name '" + candidate + "' is not a valid node name", e);
        }
    }
}
