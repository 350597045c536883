package dev.custos.cli.approve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.output.JsonLines;
import dev.custos.policy.approval.DeviceKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos approve keygen}: creates an approver's Ed25519 device key file. */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = {
            "Creates an approver's Ed25519 device key in FILE (owner-only, mode 0600, written atomically; an existing"
                    + " file is never overwritten) and prints its public key, which goes into the policy's approvers."
                    + " The file format is in docs/POLICY.md (\"Device key file\").",
            "Exit code 0 when created; 2 for bad input (an invalid name, an existing FILE, a missing folder); 1 for any"
                    + " other failure."
        })
public final class ApproveKeygenCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The key file to create.")
    private Path out;

    @Option(
            names = "--name",
            paramLabel = "NAME",
            description = "The approver's name in the policy: 1 to 64 characters from A-Z a-z 0-9 . _ @ -, starting"
                    + " with a letter or digit. Default: the user name of this account.")
    private String name;

    @Option(names = "--json", description = "Print {\"name\",\"public_key\"} as one JSON object on one line.")
    private boolean json;

    @Override
    public Integer call() {
        String approver = DeviceKeyFile.requireValidName(name != null ? name : System.getProperty("user.name", ""));
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInput("--out " + out + ": the folder " + folder + " does not exist");
        }
        DeviceKey key = DeviceKey.generate(new SecureRandom());
        String publicKey = HexFormat.of().formatHex(key.publicKey());
        try {
            new DeviceKeyFile(approver, key).create(out);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidInput("--out " + out + " exists already; refusing to overwrite a key file", e);
        } catch (NoSuchFileException e) {
            throw new InvalidInput("--out " + out + ": " + e.getMessage() + " does not exist", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key file " + out + ": " + e.getMessage(), e);
        } finally {
            key.destroy();
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("name", approver);
            object.put("public_key", publicKey);
            JsonLines.write(stdout, object);
        } else {
            stdout.println(publicKey);
            stdout.flush();
            spec.commandLine()
                    .getErr()
                    .println("device key of approver " + approver + " written to " + out
                            + "; add its public key to the policy's approvers");
            spec.commandLine().getErr().flush();
        }
        return 0;
    }
}
