package dev.custos.cli;

/** Entry point of the {@code custos} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(0);
    }
}
