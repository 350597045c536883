package dev.custos.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The project's own threads (named {@code custos-...}), to check that a cluster leaves none behind. */
final class Threads {
    private Threads() {}

    static Set<Thread> custos() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("custos-"))
                .collect(Collectors.toSet());
    }

    /**
     * Asserts that every {@code custos-} thread started since {@code before} ends: each is joined (a stopped executor's
     * thread may still be on its way out), then none may be alive.
     */
    static void assertEnded(Set<Thread> before) throws InterruptedException {
        Set<Thread> started = new HashSet<>(custos());
        started.removeAll(before);
        for (Thread thread : started) {
            thread.join(30_000);
        }
        assertThat(started.stream().filter(Thread::isAlive).map(Thread::getName))
                .as("threads still running after close")
                .isEmpty();
    }
}
