package dev.custos.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void noSubcommand_isBadInput() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("missing subcommand");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownOption_isBadInput() {
        CliRun run = CliRun.of("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--no-such-option");
    }

    @Test
    void help_listsSubcommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isEqualTo(Main.EXIT_OK);
        assertThat(run.out()).contains("frost");
    }

    @Test
    void everySubcommand_supportsHelp() {
        String[][] commands = {
            {"frost", "--help"},
            {"frost", "demo", "--help"},
            {"ecdsa", "--help"},
            {"ecdsa", "demo", "--help"},
            {"decode", "--help"},
            {"replay", "--help"},
            {"exposure", "--help"}
        };
        for (String[] command : commands) {
            CliRun run = CliRun.of(command);
            assertThat(run.exitCode()).as(String.join(" ", command)).isEqualTo(Main.EXIT_OK);
            assertThat(run.out()).as(String.join(" ", command)).contains("Usage:");
        }
    }
}
