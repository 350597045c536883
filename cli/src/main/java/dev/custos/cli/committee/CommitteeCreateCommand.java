package dev.custos.cli.committee;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.Committee;
import dev.custos.node.identity.Ed25519PublicKey;
import dev.custos.node.identity.NodeIdentity;
import dev.custos.node.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos committee create}: writes an unsigned committee from node identities and admin keys. */
@Command(
        name = "create",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the committee (CNCM encoding, docs/NODES.md) of the nodes given with --node and the admins given"
                    + " with --admin, T of whom must sign it and every policy. Nobody has signed it yet: each admin"
                    + " then runs 'custos committee sign'. FILE is never overwritten.",
            "Exit code 0 done; 2 for bad input (an unreadable or invalid identity, an admin key that is not 64 hex"
                    + " digits or not a valid Ed25519 key, a threshold out of range, two nodes with one name or key,"
                    + " an existing FILE); 1 for any other failure."
        })
public final class CommitteeCreateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(
            names = "--node",
            paramLabel = "FILE",
            required = true,
            arity = "1..*",
            description = "A member's identity: what 'custos node show --json' prints, or its identity.bin.")
    private List<Path> nodes;

    @Option(
            names = "--admin",
            paramLabel = "HEX",
            required = true,
            arity = "1..*",
            description = "An admin's Ed25519 public key (64 hex digits, as 'custos committee admin-key' prints it).")
    private List<String> admins;

    @Option(
            names = "--threshold",
            paramLabel = "T",
            required = true,
            description = "How many of the admins must sign the committee, its replacements and every policy.")
    private int threshold;

    @Option(
            names = "--committee-version",
            paramLabel = "N",
            defaultValue = "1",
            description = "The committee's version (default 1); a replacement needs a higher one.")
    private long version;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The committee file to create.")
    private Path out;

    @Option(names = "--json", description = "Print a summary as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        List<NodeIdentity> members = new ArrayList<>();
        for (Path node : nodes) {
            members.add(CommitteeDocument.readIdentity(node));
        }
        List<Ed25519PublicKey> keys = new ArrayList<>();
        for (String admin : admins) {
            keys.add(adminKey(admin));
        }
        Committee committee;
        try {
            committee = new Committee(version, new AdminQuorum(threshold, keys), members);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("the committee is not valid: " + e.getMessage(), e);
        }
        try {
            AtomicFile.createNew(out, committee.encode());
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("--out " + out + " exists; a committee file is never overwritten", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write --out " + out + ": " + e.getMessage(), e);
        }
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("committee", out.toString());
            object.put("version", committee.version());
            object.put("admin_threshold", committee.admins().threshold());
            object.put("admins", committee.admins().admins().size());
            object.putArray("members")
                    .addAll(committee.members().stream()
                            .map(member -> object.textNode(member.name()))
                            .toList());
            JsonLines.write(writer, object);
        } else {
            writer.println("committee version " + committee.version() + " of "
                    + committee.members().stream().map(NodeIdentity::name).toList() + " written to " + out
                    + "; it needs the signatures of " + threshold + " of its " + keys.size()
                    + " admins ('custos committee sign')");
        }
        writer.flush();
        return 0;
    }

    private static Ed25519PublicKey adminKey(String hex) {
        try {
            return Ed25519PublicKey.of(HexFormat.of().parseHex(hex.strip()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--admin " + hex + " is not hex: " + e.getMessage(), e);
        } catch (InvalidEncodingException e) {
            throw new BadInputException("--admin " + hex + ": " + e.getMessage(), e);
        }
    }
}
