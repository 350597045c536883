package dev.custos.cli.frost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.output.JsonLines;
import dev.custos.frost.Ciphersuite;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.FrostException;
import dev.custos.frost.Identifier;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos frost demo}: a DKG among N parties and a signing by T of them, in one process. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a distributed key generation among N parties and a signing by T of them (chosen at random),",
            "all in one process, and prints the group public key and the signature."
        })
public final class FrostDemoCommand implements Runnable {
    static final int MAX_PARTIES = 255;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--suite",
            required = true,
            description = "Ciphersuite: ed25519, secp256k1 or secp256k1-tr (BIP340/Taproot).")
    private String suite;

    @Option(names = "--threshold", required = true, description = "Signers needed (T), 2 <= T <= N.")
    private int threshold;

    @Option(names = "--parties", required = true, description = "Key holders (N), 2 <= N <= " + MAX_PARTIES + ".")
    private int parties;

    @Option(names = "--message", required = true, description = "Message to sign, hex (may be empty: \"\").")
    private String message;

    @Option(names = "--json", description = "Print one JSON object on stdout.")
    private boolean json;

    @Override
    public void run() {
        String suiteName = suite.toLowerCase(Locale.ROOT);
        if (!suiteName.equals("ed25519") && !suiteName.equals("secp256k1") && !suiteName.equals("secp256k1-tr")) {
            throw new BadInputException(
                    "unknown suite '" + suite + "': expected one of ed25519, secp256k1, secp256k1-tr");
        }
        if (parties < 2 || parties > MAX_PARTIES) {
            throw new BadInputException("--parties must be between 2 and " + MAX_PARTIES + ", got " + parties);
        }
        if (threshold < 2 || threshold > parties) {
            throw new BadInputException(
                    "--threshold must be between 2 and --parties (" + parties + "), got " + threshold);
        }
        byte[] messageBytes = parseHex(message);
        Ciphersuite ciphersuite = Ciphersuites.byName(suiteName);
        FrostDemo.Result result;
        try {
            result = FrostDemo.run(ciphersuite, threshold, parties, messageBytes, new SecureRandom());
        } catch (FrostException e) {
            throw new IllegalStateException("the demo failed: " + e.getMessage(), e);
        }
        print(spec.commandLine().getOut(), suiteName, messageBytes, result);
    }

    private void print(PrintWriter out, String suiteName, byte[] messageBytes, FrostDemo.Result result) {
        HexFormat hex = HexFormat.of();
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("suite", suiteName);
            object.put("threshold", threshold);
            object.put("parties", parties);
            ArrayNode signers = object.putArray("signers");
            for (Identifier signer : result.signers()) {
                signers.add(signer.value().toBigInteger());
            }
            object.put("group_public_key", hex.formatHex(result.groupPublicKey()));
            object.put("message", hex.formatHex(messageBytes));
            object.put("signature", hex.formatHex(result.signature()));
            JsonLines.write(out, object);
            return;
        }
        out.println("FROST " + suiteName + ": " + threshold + "-of-" + parties
                + " distributed key generation and threshold signature");
        out.println("  signers           "
                + result.signers().stream()
                        .map(signer -> signer.value().toBigInteger().toString())
                        .toList());
        out.println("  group public key  " + hex.formatHex(result.groupPublicKey()));
        out.println("  message           " + hex.formatHex(messageBytes));
        out.println("  signature         " + hex.formatHex(result.signature()));
        out.println("  verified          yes (" + verifierName(suiteName) + ")");
        out.flush();
    }

    private static String verifierName(String suiteName) {
        return switch (suiteName) {
            case "ed25519" -> "RFC 8032 Ed25519";
            case "secp256k1-tr" -> "BIP340 Schnorr under the Taproot output key";
            default -> "RFC 9591 FROST(secp256k1, SHA-256)";
        };
    }

    static byte[] parseHex(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() % 2 != 0) {
            throw new BadInputException("--message must be hex with an even number of digits, got " + digits.length());
        }
        try {
            return HexFormat.of().parseHex(digits);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--message is not valid hex: " + e.getMessage());
        }
    }
}
