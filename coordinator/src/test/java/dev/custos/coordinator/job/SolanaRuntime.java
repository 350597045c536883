package dev.custos.coordinator.job;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Solana runtime for tests: LiteSVM (npm {@code litesvm}) driven by {@code src/test/solana/run-transaction.mjs}
 * in a Node process. Its {@code node_modules} comes from {@code npm ci} in that folder; without it the test is skipped,
 * except under CI ({@code CI=true}), where it fails.
 */
final class SolanaRuntime {
    static final Path FOLDER = Path.of("src", "test", "solana");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SolanaRuntime() {}

    /** Skips the test (or fails it in CI) when the npm folder is not installed. */
    static void requireInstalled() {
        boolean installed = Files.isDirectory(FOLDER.resolve("node_modules").resolve("litesvm"));
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "LiteSVM is not installed: run 'npm ci --prefix coordinator/src/test/solana' (CI must do it)");
        }
        assumeTrue(installed, "LiteSVM is not installed (npm ci --prefix coordinator/src/test/solana)");
    }

    /**
     * Funds {@code fund} with {@code lamports} each, executes the wire {@code transaction} and reports the outcome and
     * the balances of {@code watch} afterwards.
     */
    static JsonNode execute(byte[] transaction, List<String> fund, long lamports, List<String> watch)
            throws IOException, InterruptedException {
        ObjectNode input = JSON.createObjectNode();
        input.put("transaction", Base64.getEncoder().encodeToString(transaction));
        fund.forEach(input.putArray("fund")::add);
        input.put("lamports", Long.toString(lamports));
        watch.forEach(input.putArray("watch")::add);
        Path errors = Files.createTempFile("litesvm", ".log");
        Process process = new ProcessBuilder("node", "run-transaction.mjs")
                .directory(FOLDER.toFile())
                .redirectError(errors.toFile())
                .start();
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(JSON.writeValueAsBytes(input));
            }
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("the LiteSVM script failed: " + Files.readString(errors));
            }
            return JSON.readTree(new String(output, StandardCharsets.UTF_8));
        } finally {
            process.destroy();
            Files.deleteIfExists(errors);
        }
    }

    /** A wire transaction with one signature: compact-u16 count 1, the signature, the message. */
    static byte[] wire(byte[] signature, byte[] message) {
        byte[] out = new byte[1 + signature.length + message.length];
        out[0] = 1;
        System.arraycopy(signature, 0, out, 1, signature.length);
        System.arraycopy(message, 0, out, 1 + signature.length, message.length);
        return out;
    }
}
