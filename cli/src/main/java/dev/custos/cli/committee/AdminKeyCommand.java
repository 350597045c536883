package dev.custos.cli.committee;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.node.identity.SigningKey;
import dev.custos.server.keys.KeyFiles;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos committee admin-key}: creates an admin's Ed25519 key file and prints its public key. */
@Command(
        name = "admin-key",
        mixinStandardHelpOptions = true,
        description = {
            "Creates an admin's signing key: FILE gets the 32-byte Ed25519 seed, owner-only (0600), and is never"
                    + " overwritten. Prints the public key, which goes into the committee (--admin). Keep the file on"
                    + " the admin's own machine.",
            "Exit code 0 done; 2 if FILE exists; 1 for any other failure."
        })
public final class AdminKeyCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The key file to create.")
    private Path out;

    @Option(names = "--json", description = "Print {\"public_key\": HEX} as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        SecretBytes seed;
        try {
            seed = KeyFiles.create(out, new SecureRandom());
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("--out " + out + " exists; an admin key file is never overwritten", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write --out " + out + ": " + e.getMessage(), e);
        }
        SigningKey key = SigningKey.fromSeed(seed);
        seed.destroy();
        String publicKey = key.publicKey().toHex();
        key.destroy();
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("public_key", publicKey);
            JsonLines.write(writer, object);
        } else {
            writer.println("admin key written to " + out + "; its public key (for --admin): " + publicKey);
        }
        writer.flush();
        return 0;
    }
}
