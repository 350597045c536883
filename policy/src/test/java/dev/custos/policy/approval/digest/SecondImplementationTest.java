package dev.custos.policy.approval.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks every test vector with the second implementation of the digest, a JavaScript file run by Node.js (built-in
 * modules only). The CI installs Node.js; without {@code node} on the PATH the tests are skipped with a message.
 */
class SecondImplementationTest {
    private static final long TIMEOUT_SECONDS = 120;

    @TempDir
    Path folder;

    @BeforeAll
    static void nodeIsOnThePath() {
        Assumptions.assumeTrue(
                node().isPresent(),
                "node (Node.js >= 18) is not on the PATH: the JavaScript implementation of the approval digest v2 was"
                        + " not run against the test vectors");
    }

    @Test
    void javascript_recomputesEveryVector() throws Exception {
        Result result = run(DigestVectors.file(DigestVectors.VECTORS));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output())
                .contains(DigestVectors.all().size() + " of "
                        + DigestVectors.all().size() + " vectors match");
        for (DigestVectors.Vector vector : DigestVectors.all()) {
            assertThat(result.output()).contains("ok   " + vector.name() + " ");
        }
    }

    @Test
    void javascript_failsOnAWrongDigest() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode document = DigestVectors.document();
        ObjectNode first = (ObjectNode) document.get("vectors").get(0);
        String digest = first.get("digest").asText();
        first.put("digest", (digest.charAt(0) == '0' ? "1" : "0") + digest.substring(1));
        Path tampered = folder.resolve("tampered.json");
        Files.writeString(tampered, mapper.writeValueAsString(document), StandardCharsets.UTF_8);

        Result result = run(tampered);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.output()).contains("FAIL " + first.get("name").asText());
    }

    @Test
    void javascript_failsOnAChangedFact() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode document = DigestVectors.document();
        ObjectNode facts = (ObjectNode) document.get("vectors").get(0).get("facts");
        facts.put("wallet_id", facts.get("wallet_id").asText() + "x");
        Path tampered = folder.resolve("tampered.json");
        Files.writeString(tampered, mapper.writeValueAsString(document), StandardCharsets.UTF_8);

        Result result = run(tampered);

        assertThat(result.exitCode()).isEqualTo(1);
    }

    private record Result(int exitCode, String output) {}

    private static Result run(Path vectors) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        node().orElseThrow().toString(),
                        DigestVectors.file(DigestVectors.SCRIPT).toString(),
                        vectors.toString())
                .redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("node did not finish: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static java.util.Optional<Path> node() {
        String path = System.getenv("PATH");
        if (path == null) {
            return java.util.Optional.empty();
        }
        for (String directory : List.of(path.split(File.pathSeparator))) {
            Path candidate = Path.of(directory, "node");
            if (Files.isExecutable(candidate)) {
                return java.util.Optional.of(candidate);
            }
        }
        return java.util.Optional.empty();
    }
}
