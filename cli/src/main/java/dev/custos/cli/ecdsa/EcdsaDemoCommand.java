package dev.custos.cli.ecdsa;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.Identifier;
import dev.custos.ecdsa.signature.EcdsaSignature;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos ecdsa demo}: a DKLs23 key generation among N parties and a signature by T of them, in one process. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a DKLs23 distributed key generation among N parties, a presigning and a signing by T of them",
            "(chosen at random), all in one process, and prints a low-S (r, s, v) signature with its Ethereum address."
        })
public final class EcdsaDemoCommand implements Runnable {
    static final int MAX_PARTIES = 64;
    private static final int HASH_LENGTH = 32;

    @Spec
    private CommandSpec spec;

    @Option(names = "--threshold", required = true, description = "Signers needed (T), 2 <= T <= N.")
    private int threshold;

    @Option(names = "--parties", required = true, description = "Key holders (N), 2 <= N <= " + MAX_PARTIES + ".")
    private int parties;

    @Option(names = "--message-hash", required = true, description = "The 32-byte hash to sign, hex.")
    private String messageHash;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    private boolean json;

    @Override
    public void run() {
        if (parties < 2 || parties > MAX_PARTIES) {
            throw new BadInputException("--parties must be between 2 and " + MAX_PARTIES + ", got " + parties);
        }
        if (threshold < 2 || threshold > parties) {
            throw new BadInputException(
                    "--threshold must be between 2 and --parties (" + parties + "), got " + threshold);
        }
        byte[] hash = parseHash(messageHash);
        EcdsaDemo.Result result;
        try {
            result = EcdsaDemo.run(threshold, parties, hash, new SecureRandom());
        } catch (EcdsaException e) {
            throw new IllegalStateException("the demo failed: " + e.getMessage(), e);
        }
        print(spec.commandLine().getOut(), result);
    }

    static byte[] parseHash(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() != 2 * HASH_LENGTH) {
            throw new BadInputException("--message-hash must be " + HASH_LENGTH + " bytes (" + 2 * HASH_LENGTH
                    + " hex digits), got " + digits.length() + " digits");
        }
        try {
            return HexFormat.of().parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--message-hash is not valid hex: " + e.getMessage());
        }
    }

    private void print(PrintWriter out, EcdsaDemo.Result result) {
        HexFormat hex = HexFormat.of();
        EcdsaSignature signature = result.signature();
        String r = hex.formatHex(signature.r().toBytes());
        String s = hex.formatHex(signature.s().toBytes());
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("threshold", threshold);
            object.put("parties", parties);
            ArrayNode signers = object.putArray("signers");
            for (Identifier signer : result.signers()) {
                signers.add(signer.value());
            }
            object.put("public_key", hex.formatHex(result.publicKey()));
            object.put("address", result.address());
            object.put("message_hash", hex.formatHex(result.messageHash()));
            object.put("r", r);
            object.put("s", s);
            object.put("v", signature.recoveryId());
            JsonLines.write(out, object);
            return;
        }
        out.println("DKLs23 threshold ECDSA: " + threshold + "-of-" + parties
                + " distributed key generation, presigning and signing");
        out.println("  signers       "
                + result.signers().stream().map(Identifier::value).toList());
        out.println("  public key    " + hex.formatHex(result.publicKey()));
        out.println("  address       " + result.address());
        out.println("  message hash  " + hex.formatHex(result.messageHash()));
        out.println("  r             " + r);
        out.println("  s             " + s + " (low-S)");
        out.println("  v             " + signature.recoveryId());
        out.println("  verified      yes (public-key recovery gives the group key)");
        out.flush();
    }
}
