package dev.custos.detect.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedSecretTest {
    private static final String TEXT = "s3cret-token-0123456789";

    @TempDir
    Path folder;

    @Test
    void matches_sameText_true_otherTexts_false() {
        SharedSecret secret = SharedSecret.of(TEXT);

        assertThat(secret.matches(TEXT)).isTrue();
        assertThat(secret.matches(TEXT + "x")).isFalse();
        assertThat(secret.matches(TEXT.substring(1))).isFalse();
        assertThat(secret.matches("")).isFalse();
    }

    @Test
    void readFile_stripsTheTrailingNewline() throws IOException {
        Path file = folder.resolve("token");
        Files.writeString(file, TEXT + "\n");

        assertThat(SharedSecret.readFile(file, "token file").matches(TEXT)).isTrue();
    }

    @Test
    void of_tooShort_throwsWithoutEchoingTheSecret() {
        assertThatThrownBy(() -> SharedSecret.of("short-secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shorter than 16")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void toString_isRedacted() {
        assertThat(SharedSecret.of(TEXT).toString()).doesNotContain(TEXT).contains("redacted");
    }

    @Test
    void destroy_makesItUnusable() {
        SharedSecret secret = SharedSecret.of(TEXT);

        secret.destroy();

        assertThat(secret.isDestroyed()).isTrue();
        assertThatThrownBy(() -> secret.matches(TEXT)).isInstanceOf(IllegalStateException.class);
    }
}
