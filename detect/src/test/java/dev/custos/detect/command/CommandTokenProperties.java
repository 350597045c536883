package dev.custos.detect.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written word scan of {@link CommandToken#shape} agrees with splitting on {@code \s+}, which it replaces. */
class CommandTokenProperties {
    private static final Pattern PIPE_TO_SHELL = Pattern.compile("\\|\\s*(sudo\\s+)?(ba|z|da)?sh\\b");

    @Property(tries = 1_000)
    void shape_matchesRegexSplitReference(
            @ForAll("commandLines") String commandLine, @ForAll("processes") String process) {
        assertThat(CommandToken.shape(commandLine, process)).isEqualTo(referenceShape(commandLine, process));
    }

    @Provide
    Arbitrary<String> commandLines() {
        Arbitrary<String> pieces = Arbitraries.of(
                "curl",
                "/usr/bin/CURL",
                "kubectl",
                "get",
                "secrets",
                "-fsSL",
                "--x",
                "|",
                "| sh",
                "|bash",
                "sudo",
                "sh",
                "zsh",
                "https://example.org/x",
                "~/.ssh/id",
                "a\\b",
                "deadbeef",
                "3fa9c1",
                "x",
                "Ab_c",
                " ",
                "  ",
                "\t",
                "\n",
                "\u000B",
                "\f",
                "\r",
                "\u2003",
                "\u00A0",
                "\u001C",
                "");
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> processes() {
        return Arbitraries.of("curl", "kubectl", "sh", "x");
    }

    private static String referenceShape(String commandLine, String process) {
        String lower = commandLine.strip().toLowerCase(Locale.ROOT);
        String[] words = lower.split("\\s+", -1);
        int first = words.length > 0 && CommandToken.processName(words[0]).equals(process) ? 1 : 0;
        String argument = "";
        for (int index = first; index < words.length; index++) {
            String word = words[index];
            if (word.isEmpty() || word.startsWith("-") || word.startsWith("|")) {
                continue;
            }
            argument = referenceClassify(word);
            break;
        }
        return argument + (PIPE_TO_SHELL.matcher(lower).find() ? "|sh" : "");
    }

    private static String referenceClassify(String word) {
        if (word.contains("://")) {
            return "<url>";
        }
        if (word.contains("/") || word.contains("\\") || word.startsWith("~")) {
            return "<path>";
        }
        if (word.matches("[a-z][a-z_-]{1,23}") && !word.matches("[a-f]{4,}")) {
            return word;
        }
        return "<arg>";
    }
}
