package dev.custos.cli.committee;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.node.committee.AdminSignature;
import dev.custos.node.committee.Committee;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.io.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos committee sign}: adds one admin's signature to a committee file. */
@Command(
        name = "sign",
        mixinStandardHelpOptions = true,
        description = {
            "Signs the committee in FILE with the admin key in KEYFILE and writes it back as a signed committee"
                    + " (CNSC), atomically. Run once per admin; the file says how many of the needed signatures it"
                    + " has. An admin of the committee this one replaces signs it the same way (a node needs a quorum"
                    + " of the current admins and of the new ones).",
            "Exit code 0 done; 2 for bad input (an unreadable or invalid committee file or key file, a key that"
                    + " signed it already); 1 for any other failure."
        })
public final class CommitteeSignCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--committee", paramLabel = "FILE", required = true, description = "The committee file.")
    private Path file;

    @Option(
            names = "--admin-key",
            paramLabel = "KEYFILE",
            required = true,
            description = "The admin's key file ('custos committee admin-key').")
    private Path adminKey;

    @Option(names = "--json", description = "Print the committee's signing state as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        CommitteeDocument document = CommitteeDocument.read("--committee", file);
        Committee committee = document.committee();
        SigningKey key = AdminKeys.read(adminKey);
        List<AdminSignature> signatures = new ArrayList<>(document.signatures());
        try {
            if (signatures.stream().anyMatch(signature -> signature.admin().equals(key.publicKey()))) {
                throw new BadInputException("--committee " + file + " is signed by admin "
                        + key.publicKey().toHex() + " already");
            }
            if (signatures.size() >= SignedCommittee.MAX_SIGNATURES) {
                throw new BadInputException("--committee " + file + " holds " + signatures.size()
                        + " signatures, the most a committee file can hold");
            }
            signatures.add(AdminSignature.sign(committee, key));
        } finally {
            key.destroy();
        }
        SignedCommittee signed = new SignedCommittee(committee, signatures);
        try {
            AtomicFile.replace(file, signed.encode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write --committee " + file + ": " + e.getMessage(), e);
        }
        long own = signatures.stream()
                .filter(signature -> committee.admins().contains(signature.admin()))
                .count();
        boolean member =
                committee.admins().contains(signed.signatures().getLast().admin());
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("committee", file.toString());
            object.put("version", committee.version());
            object.put("signed_by", signed.signatures().getLast().admin().toHex());
            object.put("admin_of_this_committee", member);
            object.put("signatures", signatures.size());
            object.put("admin_signatures", own);
            object.put("admin_threshold", committee.admins().threshold());
            object.put("quorum", own >= committee.admins().threshold());
            JsonLines.write(writer, object);
        } else {
            writer.println("signed committee version " + committee.version() + " in " + file + ": " + own + " of the "
                    + committee.admins().threshold() + " admin signatures it needs"
                    + (member
                            ? ""
                            : " (this key is not one of its admins: it counts only as an admin of the"
                                    + " committee this one replaces)"));
        }
        writer.flush();
        return 0;
    }
}
