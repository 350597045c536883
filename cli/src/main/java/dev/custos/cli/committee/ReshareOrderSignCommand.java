package dev.custos.cli.committee;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.node.committee.AdminQuorum;
import dev.custos.node.committee.AdminSignature;
import dev.custos.node.committee.CommitteeException;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.job.message.SignedReshareOrder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos committee sign-reshare-order}: adds one admin's signature to a reshare order file. */
@Command(
        name = "sign-reshare-order",
        mixinStandardHelpOptions = true,
        description = {
            "Signs the reshare order in FILE with the admin key in KEYFILE and writes it back as a signed order"
                    + " (CNSR), atomically. Run once per admin, after reading what the order moves where. With"
                    + " --committee, says whether the signatures make a quorum of that committee's admins, which"
                    + " every node checks before it deals or receives a share.",
            "Exit code 0 done; 2 for bad input (an unreadable or invalid order, committee or key file, a key that"
                    + " signed it already); 1 for any other failure."
        })
public final class ReshareOrderSignCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--order", paramLabel = "FILE", required = true, description = "The reshare order file.")
    private Path file;

    @Option(
            names = "--admin-key",
            paramLabel = "KEYFILE",
            required = true,
            description = "The admin's key file ('custos committee admin-key').")
    private Path adminKey;

    @Option(names = "--committee", paramLabel = "FILE", description = "The signed committee whose admins count.")
    private Optional<Path> committee;

    @Option(names = "--json", description = "Print the order and its signing state as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        ReshareOrderFile.Read read = ReshareOrderFile.read(file);
        Optional<AdminQuorum> admins =
                committee.map(path -> CommitteeFile.read(path).committee().admins());
        SigningKey key = AdminKeys.read(adminKey);
        List<AdminSignature> signatures = new ArrayList<>(read.signatures());
        try {
            if (signatures.stream().anyMatch(signature -> signature.admin().equals(key.publicKey()))) {
                throw new BadInputException("--order " + file + " is signed by admin "
                        + key.publicKey().toHex() + " already");
            }
            if (signatures.size() >= SignedReshareOrder.MAX_SIGNATURES) {
                throw new BadInputException("--order " + file + " holds the most signatures an order can hold");
            }
            signatures.add(
                    new AdminSignature(key.publicKey(), key.sign(read.order().signedMessage())));
        } finally {
            key.destroy();
        }
        SignedReshareOrder signed = new SignedReshareOrder(read.order(), signatures);
        try {
            AtomicFile.replace(file, signed.encode());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write --order " + file + ": " + e.getMessage(), e);
        }
        Optional<String> quorum = admins.map(quorumOf -> {
            try {
                signed.verify(quorumOf);
                return "";
            } catch (CommitteeException e) {
                return e.getMessage();
            }
        });
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            ObjectNode object = ReshareOrderFile.describe(read.order());
            object.put("order", file.toString());
            object.put("signed_by", signatures.getLast().admin().toHex());
            object.put("signatures", signatures.size());
            quorum.ifPresent(problem -> {
                object.put("quorum", problem.isEmpty());
                if (!problem.isEmpty()) {
                    object.put("quorum_problem", problem);
                }
            });
            JsonLines.write(writer, object);
        } else {
            writer.println("signed reshare order '" + read.order().orderId() + "' in " + file + ": "
                    + signatures.size() + " signature(s)"
                    + quorum.map(problem -> problem.isEmpty()
                                    ? "; a quorum of the committee's admins"
                                    : "; not yet a quorum of the committee's admins: " + problem)
                            .orElse(""));
        }
        writer.flush();
        return 0;
    }
}
