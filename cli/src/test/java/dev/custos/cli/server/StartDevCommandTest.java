package dev.custos.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.cli.CliRun;
import dev.custos.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad input {@code custos start-dev} refuses before it starts anything (the whole start, a restart and a clean
 * stop are run as a user runs them by {@code scripts/start-dev-smoke}, which CI calls).
 */
class StartDevCommandTest {
    @TempDir
    Path folder;

    @Test
    void listen_notLoopback_isRefusedBeforeAnythingIsCreated() {
        Path data = folder.resolve("data");
        CliRun run = CliRun.of("start-dev", "--data", data.toString(), "--listen", "0.0.0.0:8080");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("0.0.0.0 is not a loopback address");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void listen_notHostAndPort_isRefused() {
        CliRun run = CliRun.of("start-dev", "--data", folder.toString(), "--listen", "8080");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--listen '8080' is not HOST:PORT");
        run = CliRun.of("start-dev", "--data", folder.toString(), "--listen", "127.0.0.1:70000");
        assertThat(run.err()).contains("the port must be 0 to 65535");
    }
}
