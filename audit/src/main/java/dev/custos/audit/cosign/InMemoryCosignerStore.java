package dev.custos.audit.cosign;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A {@link CosignerStore} in memory, for tests: lost when the process ends. Thread-safe. */
public final class InMemoryCosignerStore implements CosignerStore {
    private @Nullable String note;

    @Override
    public synchronized Optional<String> load() {
        return Optional.ofNullable(note);
    }

    @Override
    public synchronized void save(String checkpointNote) {
        note = requireNonNull(checkpointNote, "checkpointNote is null");
    }
}
