package dev.custos.cli.approve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Asks the approver on the terminal (prompt on stderr, answer on stdin); only "y" or "yes" confirms. */
final class Confirmation {
    private Confirmation() {}

    static boolean ask(PrintWriter prompt, String question) {
        prompt.print(question);
        prompt.flush();
        try {
            String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (answer == null) {
                return false;
            }
            String normalised = answer.strip().toLowerCase(Locale.ROOT);
            return normalised.equals("y") || normalised.equals("yes");
        } catch (IOException e) {
            return false;
        }
    }
}
