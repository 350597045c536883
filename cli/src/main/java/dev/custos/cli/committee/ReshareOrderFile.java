package dev.custos.cli.committee;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.AdminSignature;
import dev.custos.node.job.message.ReshareOrder;
import dev.custos.node.job.message.SignedReshareOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads {@code --order FILE}: an unsigned reshare order ({@code CNRO}) or a signed one ({@code CNSR}), as raw bytes.
 * Every problem is bad input naming the file.
 */
final class ReshareOrderFile {
    private ReshareOrderFile() {}

    /**
     * The order in {@code file} and the signatures it carries so far.
     *
     * @param order the order
     * @param signatures its signatures (none for an unsigned order)
     */
    record Read(ReshareOrder order, List<AdminSignature> signatures) {}

    static Read read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read --order " + file + ": " + e.getMessage(), e);
        }
        try {
            SignedReshareOrder signed = SignedReshareOrder.decode(bytes);
            return new Read(signed.order(), signed.signatures());
        } catch (InvalidEncodingException signedError) {
            try {
                return new Read(ReshareOrder.decode(bytes), List.of());
            } catch (InvalidEncodingException e) {
                throw new BadInputException(
                        "--order " + file + " is neither a reshare order (CNRO) nor a signed one (CNSR): "
                                + signedError.getMessage(),
                        e);
            }
        }
    }

    /** The order's fields as JSON. */
    static ObjectNode describe(ReshareOrder order) {
        ObjectNode object = JsonLines.object();
        object.put("order_id", order.orderId());
        object.put("wallet", order.wallet().value());
        object.put("scheme", order.scheme().wireName());
        object.put("public_key", HexFormat.of().formatHex(order.publicKey()));
        ArrayNode old = object.putArray("old_members");
        order.oldMembers().forEach(old::add);
        ArrayNode next = object.putArray("new_members");
        order.newMembers().forEach(next::add);
        object.put("new_threshold", order.newThreshold());
        object.put("expires_at", order.expiresAt().toString());
        return object;
    }
}
