package dev.custos.audit.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every inclusion and consistency probe of transparency-dev/merkle (vectors/merkle/PROVENANCE.md): good proofs verify,
 * and each corrupted one (bit flips, shifted indices and sizes, garbage before or after, truncation, swapped roots,
 * empty trees) is rejected, either with a {@link ProofException} or, for a hash that is not 32 bytes, when the
 * {@link MerkleHash} is built.
 */
class TransparencyDevProbesTest {
    private static final String ROOT = "/vectors/merkle/transparency-dev/";

    /**
     * The one probe where Custos is stricter than the Go verifier: equal sizes with equal 12-byte "roots". Go only
     * compares the bytes; Custos accepts nothing but 32-byte hashes.
     */
    private static final Map<String, String> STRICTER_THAN_UPSTREAM =
            Map.of("consistency/additional/sizes-are-equal-one-and-proof-is-empty.json", "12-byte roots");

    @TestFactory
    Stream<DynamicTest> verifyInclusion_transparencyDevProbes_matchWantErr() throws IOException {
        return probes("inclusion", 98).stream()
                .map(probe -> DynamicTest.dynamicTest(probe.name(), () -> {
                    JsonNode json = probe.json();
                    String outcome = outcome(() -> MerkleProofs.verifyInclusion(
                            unsignedLong(json.path("leafIdx")),
                            unsignedLong(json.path("treeSize")),
                            hash(json.path("leafHash")),
                            hashes(json.path("proof")),
                            hash(json.path("root"))));
                    assertOutcome(probe, outcome);
                }));
    }

    @TestFactory
    Stream<DynamicTest> verifyConsistency_transparencyDevProbes_matchWantErr() throws IOException {
        return probes("consistency", 98).stream()
                .map(probe -> DynamicTest.dynamicTest(probe.name(), () -> {
                    JsonNode json = probe.json();
                    String outcome = outcome(() -> MerkleProofs.verifyConsistency(
                            unsignedLong(json.path("size1")),
                            unsignedLong(json.path("size2")),
                            hashes(json.path("proof")),
                            hash(json.path("root1")),
                            hash(json.path("root2"))));
                    assertOutcome(probe, outcome);
                }));
    }

    private static void assertOutcome(Probe probe, String outcome) {
        boolean wantError = probe.json().path("wantErr").asBoolean();
        if (STRICTER_THAN_UPSTREAM.containsKey(probe.name())) {
            assertThat(wantError).isFalse();
            assertThat(outcome).startsWith("malformed hash");
            return;
        }
        if (wantError) {
            assertThat(outcome).as(probe.json().path("desc").asText()).isNotEqualTo("verified");
        } else {
            assertThat(outcome).as(probe.json().path("desc").asText()).isEqualTo("verified");
        }
    }

    /** "verified", the proof error code, or "malformed hash"; any other exception fails the test. */
    private static String outcome(Verification verification) {
        try {
            verification.run();
            return "verified";
        } catch (ProofException e) {
            return e.code().name();
        } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("a Merkle hash is 32 bytes");
            return "malformed hash: " + e.getMessage();
        }
    }

    private static long unsignedLong(JsonNode number) {
        return Long.parseUnsignedLong(number.asText());
    }

    private static MerkleHash hash(JsonNode base64) {
        return new MerkleHash(Base64.getDecoder().decode(base64.isNull() ? "" : base64.asText()));
    }

    private static List<MerkleHash> hashes(JsonNode array) {
        List<MerkleHash> hashes = new ArrayList<>();
        array.forEach(hash -> hashes.add(hash(hash)));
        return hashes;
    }

    private List<Probe> probes(String kind, int expectedCount) throws IOException {
        Path root;
        try {
            root = Path.of(getClass().getResource(ROOT).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        List<Probe> probes = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.walk(root.resolve(kind))) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                probes.add(new Probe(name, mapper.readTree(file.toFile())));
            }
        }
        assertThat(probes).hasSize(expectedCount);
        return probes;
    }

    private record Probe(String name, JsonNode json) {}

    @FunctionalInterface
    private interface Verification {
        void run() throws ProofException;
    }
}
