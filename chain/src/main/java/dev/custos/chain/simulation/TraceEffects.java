package dev.custos.chain.simulation;

import java.util.List;
import java.util.Objects;

/**
 * What a traced call does, as read from its struct logs.
 *
 * @param storageWrites the storage writes that persist, the last value per account and slot
 * @param valueTransfers the native coin moved, the transaction's own value first
 * @param logs the events emitted, in order
 */
public record TraceEffects(List<StorageWrite> storageWrites, List<ValueTransfer> valueTransfers, List<EventLog> logs) {
    public TraceEffects {
        storageWrites = List.copyOf(Objects.requireNonNull(storageWrites, "storageWrites is null"));
        valueTransfers = List.copyOf(Objects.requireNonNull(valueTransfers, "valueTransfers is null"));
        logs = List.copyOf(Objects.requireNonNull(logs, "logs is null"));
    }
}
