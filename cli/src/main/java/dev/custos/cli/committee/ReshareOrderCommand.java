package dev.custos.cli.committee;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.job.message.ReshareOrder;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos committee reshare-order}: writes an unsigned order to move a wallet's key to other nodes. */
@Command(
        name = "reshare-order",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a reshare order (CNRO encoding, docs/NODES.md \"Refresh and resharing\"): wallet ID's key, held"
                    + " now by the --old nodes, is to be held by the --new nodes, T of whom sign, if a node starts"
                    + " before --expires-at. Nobody has signed it yet: each admin then runs 'custos committee"
                    + " sign-reshare-order'. FILE is never overwritten.",
            "Exit code 0 done; 2 for bad input (a name, a key that is not hex, a threshold out of range, a time"
                    + " that is not RFC 3339, an existing FILE); 1 for any other failure."
        })
public final class ReshareOrderCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--order-id", paramLabel = "ID", required = true, description = "The order's name (an epoch).")
    private String orderId;

    @Option(names = "--wallet", paramLabel = "ID", required = true, description = "The wallet.")
    private String wallet;

    @Option(
            names = "--scheme",
            paramLabel = "SCHEME",
            required = true,
            description = "ecdsa-secp256k1, frost-ed25519 or frost-secp256k1-tr.")
    private String scheme;

    @Option(
            names = "--public-key",
            paramLabel = "HEX",
            required = true,
            description = "The wallet's group public key (its 'public_key'), which the new holders check.")
    private String publicKey;

    @Option(names = "--old", paramLabel = "NODE", required = true, arity = "2..*", description = "The holders now.")
    private List<String> oldMembers;

    @Option(names = "--new", paramLabel = "NODE", required = true, arity = "2..*", description = "The holders after.")
    private List<String> newMembers;

    @Option(names = "--threshold", paramLabel = "T", required = true, description = "How many new holders sign.")
    private int threshold;

    @Option(
            names = "--expires-at",
            paramLabel = "TIME",
            required = true,
            description = "RFC 3339 time (whole seconds) after which no node starts the order.")
    private String expiresAt;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The order file to create.")
    private Path out;

    @Option(names = "--json", description = "Print the order as one JSON object.")
    private boolean json;

    @Override
    public Integer call() {
        ReshareOrder order;
        try {
            order = new ReshareOrder(
                    orderId,
                    new WalletId(wallet),
                    Scheme.byName(scheme)
                            .orElseThrow(() -> new BadInputException("--scheme '" + scheme + "' is not a scheme")),
                    HexFormat.of().parseHex(publicKey),
                    List.copyOf(new TreeSet<>(oldMembers)),
                    List.copyOf(new TreeSet<>(newMembers)),
                    threshold,
                    Instant.parse(expiresAt));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new BadInputException("the reshare order is not valid: " + e.getMessage(), e);
        }
        try {
            AtomicFile.createNew(out, order.encode());
        } catch (FileAlreadyExistsException e) {
            throw new BadInputException("--out " + out + " exists; it is never overwritten", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write --out " + out + ": " + e.getMessage(), e);
        }
        PrintWriter writer = spec.commandLine().getOut();
        if (json) {
            ObjectNode object = ReshareOrderFile.describe(order);
            object.put("order", out.toString());
            JsonLines.write(writer, object);
        } else {
            writer.println("wrote " + order + " to " + out + "; each admin signs it with 'custos committee"
                    + " sign-reshare-order --order " + out + " --admin-key KEYFILE'");
        }
        writer.flush();
        return 0;
    }
}
