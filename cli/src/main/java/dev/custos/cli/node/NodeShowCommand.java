package dev.custos.cli.node;

import dev.custos.cli.input.BadInputException;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.identity.NodeIdentityStore;
import dev.custos.node.identity.UnlockedNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos node show}: prints a node's public identity. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the public identity of the node in DIR. Without a key it reads DIR/identity.bin, which nothing"
                    + " authenticates; with --passphrase-file or --key-file it unlocks the keystore, checks that"
                    + " identity.bin describes the keys there (and writes it again if it is missing). See"
                    + " docs/NODES.md.",
            "Exit code 0 when shown; 2 for bad input (no identity in DIR, a wrong passphrase or key file); 1 for any"
                    + " other failure (a damaged keystore, an identity file that does not match the keystore)."
        })
public final class NodeShowCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "The node's data folder.")
    private Path data;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private KeySourceOptions keySource;

    @Option(names = "--json", description = "Print the identity as one JSON object on one line.")
    private boolean json;

    @Override
    public Integer call() {
        if (!Files.isDirectory(data)) {
            throw new BadInputException("--data " + data + " is not a folder");
        }
        if (keySource == null) {
            IdentityOutput.print(spec.commandLine().getOut(), readPublic(), false, json, "node identity in " + data);
            return 0;
        }
        if (!Files.exists(data.resolve(NodeIdentityStore.KEYSTORE_FILE))) {
            throw noIdentity(NodeIdentityStore.KEYSTORE_FILE);
        }
        NodeIdentity identity;
        try (UnlockedNode node = keySource.open(data, NodeIdentityStore::open)) {
            identity = node.keys().identity();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the keystore in " + data + ": " + e.getMessage(), e);
        }
        IdentityOutput.print(spec.commandLine().getOut(), identity, true, json, "node identity in " + data);
        return 0;
    }

    private NodeIdentity readPublic() {
        try {
            return NodeIdentityStore.readPublic(data);
        } catch (NoSuchFileException e) {
            throw noIdentity(NodeIdentityStore.IDENTITY_FILE);
        } catch (InvalidEncodingException e) {
            throw new BadInputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the identity in " + data + ": " + e.getMessage(), e);
        }
    }

    private BadInputException noIdentity(String missing) {
        return new BadInputException("--data " + data + " holds no node identity (" + missing + " is missing); create"
                + " one with 'custos node init', or pass --passphrase-file or --key-file to restore identity.bin");
    }
}
