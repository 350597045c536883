package dev.custos.frost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Guards against secrets passing through {@code BigInteger} (variable time, cannot be wiped): only the files listed here
 * may use it, and each was reviewed to convert public values only. A new use must be reviewed and added here, or
 * rewritten in limb arithmetic ({@code Scalar}).
 */
class BigIntegerUseTest {
    private static final Path SOURCES = Path.of("src", "main", "java");

    /** Identifier ordering and printing; small public evaluation points in the Feldman check. */
    private static final List<String> REVIEWED_PUBLIC_USES =
            List.of("dev/custos/frost/Identifier.java", "dev/custos/frost/lifecycle/FeldmanChecks.java");

    @Test
    void mainSources_bigIntegerOnlyInReviewedPublicValueUses() throws IOException {
        assertThat(SOURCES).isDirectory();
        List<String> users;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            users = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(BigIntegerUseTest::usesBigInteger)
                    .map(file -> SOURCES.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }

        assertThat(users).containsExactlyInAnyOrderElementsOf(REVIEWED_PUBLIC_USES);
    }

    private static boolean usesBigInteger(Path file) {
        try {
            String source = Files.readString(file);
            return source.contains("toBigInteger(")
                    || source.contains("import java.math.BigInteger")
                    || source.contains("java.math.BigInteger.");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
