package dev.custos.cli.coordinator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The custos command line running as a separate OS process on this test's classpath; its output is collected. */
final class CustosProcess implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final String name;
    private final Process process;
    private final List<String> out = new ArrayList<>();
    private final List<String> err = new ArrayList<>();

    private CustosProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        collect(process.getInputStream(), out, name + "-stdout");
        collect(process.getErrorStream(), err, name + "-stderr");
    }

    static CustosProcess start(String name, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java, "-cp", System.getProperty("java.class.path"), "-XX:TieredStopAtLevel=1", "dev.custos.cli.Main"));
        command.addAll(List.of(args));
        return new CustosProcess(name, new ProcessBuilder(command).start());
    }

    long pid() {
        return process.pid();
    }

    /** Waits (generously) for a stdout line containing every part; returns it. */
    String awaitOut(String... parts) throws InterruptedException {
        return await(out, "stdout", parts);
    }

    /** Waits (generously) for a stderr line containing every part; returns it. */
    String awaitErr(String... parts) throws InterruptedException {
        return await(err, "stderr", parts);
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String await(List<String> lines, String stream, String... parts) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        synchronized (lines) {
            while (true) {
                for (String line : lines) {
                    if (containsAll(line, parts)) {
                        return line;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("process " + name + " wrote no " + stream + " line containing "
                            + List.of(parts) + " (alive: " + process.isAlive() + "); stdout:\n"
                            + String.join("\n", snapshot(out)) + "\nstderr:\n" + String.join("\n", snapshot(err)));
                }
                lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            }
        }
    }

    private static List<String> snapshot(List<String> lines) {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private static boolean containsAll(String line, String... parts) {
        for (String part : parts) {
            if (!line.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static void collect(InputStream stream, List<String> lines, String threadName) {
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in =
                            new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            synchronized (lines) {
                                lines.add(line);
                                lines.notifyAll();
                            }
                        }
                    } catch (IOException e) {
                        // The process ended.
                    }
                },
                threadName);
        reader.setDaemon(true);
        reader.start();
    }
}
