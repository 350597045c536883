package dev.custos.detect.kafka;

import static java.util.Objects.requireNonNull;

import dev.custos.detect.output.Alert;
import dev.custos.detect.output.PipelineOutput;
import dev.custos.detect.pipeline.DetectionPipeline;
import dev.custos.detect.state.InvalidStateException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes ECS events from every partition of one topic into one {@link DetectionPipeline} and hands the alerts and
 * signing decisions to a {@link SourceListener}.
 *
 * <p>Delivery: the detector state and the offset of the next record of each partition are saved together in one
 * atomically written checkpoint file, after the outputs of every record before those offsets were handed to the
 * listener; only then are the offsets committed to the consumer group. On start the state is restored and each
 * partition is read from its saved offset, so no record is learned twice or skipped, whatever moment a crash came.
 * Outputs of records after the last checkpoint are emitted again after a crash (at least once; alert ids are
 * deterministic, so repeats can be recognised). Partitions the checkpoint does not know start at the group's
 * committed offset, else at the consumer's reset policy (earliest unless configured).
 *
 * <p>Threads: {@link #run} blocks the calling thread until {@link #stop} is called from another thread (or a signal
 * handler); it then writes a final checkpoint and closes its clients. One source per checkpoint file and group.
 */
public final class KafkaEventSource implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaEventSource.class);
    private final KafkaSourceSettings settings;
    private final DetectionPipeline pipeline;
    private final SourceListener listener;
    private final CheckpointFile file;
    private final Consumer<byte[], byte[]> consumer;
    private final Optional<DeadLetterWriter> deadLetters;
    private final RecordDecoder decoder = new RecordDecoder();
    private final TopicPartitions partitions;
    private final BrokerReachability reachability;
    private final SortedMap<Integer, Long> nextOffsets;
    private final AtomicBoolean started = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile SourceProgress progress = SourceProgress.ZERO;
    private long sinceCheckpoint;
    private long lastCheckpointNanos;
    private long lastRefreshNanos;

    KafkaEventSource(
            KafkaSourceSettings settings,
            DetectionPipeline pipeline,
            SourceListener listener,
            SourceCheckpoint restored,
            Consumer<byte[], byte[]> consumer,
            Optional<DeadLetterWriter> deadLetters) {
        this.settings = requireNonNull(settings, "settings is null");
        this.pipeline = requireNonNull(pipeline, "pipeline is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.file = new CheckpointFile(settings.checkpointFile());
        this.consumer = requireNonNull(consumer, "consumer is null");
        this.deadLetters = requireNonNull(deadLetters, "deadLetters is null");
        this.nextOffsets = new TreeMap<>(restored.nextOffsets());
        this.partitions = new TopicPartitions(consumer, settings.topic(), nextOffsets);
        this.reachability = new BrokerReachability(settings.bootstrapServers());
    }

    /**
     * Restores {@code pipeline} (which must be fresh) from the checkpoint file if it exists, and connects the
     * clients. Nothing is read before {@link #run}.
     *
     * @throws InvalidStateException when the checkpoint file is invalid or belongs to another topic
     * @throws IOException when the checkpoint file cannot be read
     */
    public static KafkaEventSource open(
            KafkaSourceSettings settings, DetectionPipeline pipeline, SourceListener listener) throws IOException {
        requireNonNull(settings, "settings is null");
        requireNonNull(pipeline, "pipeline is null");
        requireNonNull(listener, "listener is null");
        CheckpointFile file = new CheckpointFile(settings.checkpointFile());
        Optional<SourceCheckpoint> saved = file.read(settings.topic());
        SourceCheckpoint restored =
                saved.orElseGet(() -> new SourceCheckpoint(settings.topic(), new TreeMap<>(), pipeline.checkpoint()));
        if (saved.isPresent()) {
            pipeline.restore(restored.pipeline());
        }
        Consumer<byte[], byte[]> consumer = KafkaClients.consumer(settings);
        try {
            Optional<DeadLetterWriter> deadLetters = settings.deadLetterTopic()
                    .map(topic -> new DeadLetterWriter(KafkaClients.producer(settings), topic));
            return new KafkaEventSource(settings, pipeline, listener, restored, consumer, deadLetters);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /**
     * Reads and processes records until {@link #stop}, then writes a final checkpoint and closes the clients. May
     * be called once. A listener exception or a fatal client error ends the run without a final checkpoint and is
     * rethrown; the last checkpoint stays valid.
     *
     * @throws MissingTopicException when the topic does not exist
     * @throws KafkaSourceException when a checkpoint cannot be written
     */
    public SourceProgress run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("run() was already called");
        }
        boolean clean = false;
        try {
            partitions.refresh();
            lastCheckpointNanos = System.nanoTime();
            lastRefreshNanos = lastCheckpointNanos;
            while (!stopRequested) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(settings.pollTimeout());
                watchBroker();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    if (stopRequested) {
                        break; // the rest of the batch is read again after a restart
                    }
                    handle(record);
                    if (sinceCheckpoint >= settings.checkpointEveryRecords()) {
                        checkpoint();
                    }
                }
                if (sinceCheckpoint > 0 && elapsed(lastCheckpointNanos).compareTo(settings.checkpointInterval()) >= 0) {
                    checkpoint();
                }
                if (reachability.reachable()
                        && elapsed(lastRefreshNanos).compareTo(settings.checkpointInterval()) >= 0) {
                    // Between batches nothing fetched is unprocessed, so partitions may be re-assigned here.
                    refreshPartitions();
                    lastRefreshNanos = System.nanoTime();
                }
            }
            clean = true;
        } catch (WakeupException e) {
            if (!stopRequested) {
                throw e;
            }
            clean = true;
        } finally {
            try {
                if (clean && sinceCheckpoint > 0) {
                    checkpoint();
                }
            } finally {
                closeClients();
                finished.countDown();
            }
        }
        return progress;
    }

    /**
     * Asks {@link #run} to stop after the record in hand, checkpoint and close; returns at once. Safe from any
     * thread, also before {@link #run}.
     */
    public void stop() {
        stopRequested = true;
        consumer.wakeup();
    }

    /** Waits until {@link #run} has returned; false on timeout. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The counts so far; safe from any thread. */
    public SourceProgress progress() {
        return progress;
    }

    /** Closes the clients if {@link #run} was never called; otherwise asks a running source to stop. */
    @Override
    public void close() {
        if (started.compareAndSet(false, true)) {
            closeClients();
            finished.countDown();
        } else {
            stop();
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        switch (decoder.decode(record.topic(), record.partition(), record.offset(), record.value())) {
            case DecodedRecord.Good good -> process(record, good);
            case DecodedRecord.Bad bad -> skip(record, bad.malformed());
        }
        nextOffsets.put(record.partition(), record.offset() + 1);
        sinceCheckpoint++;
    }

    private void process(ConsumerRecord<byte[], byte[]> record, DecodedRecord.Good good) {
        List<PipelineOutput> outputs;
        try {
            outputs = pipeline.process(good.event());
        } catch (RuntimeException e) {
            skip(
                    record,
                    new MalformedRecord(
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            "rejected by the pipeline: " + e.getMessage()));
            return;
        }
        long alerts = 0;
        for (PipelineOutput output : outputs) {
            if (output instanceof Alert) {
                alerts++;
            }
            listener.output(output);
        }
        progress = progress.withEvent(alerts, outputs.size() - alerts);
    }

    private void skip(ConsumerRecord<byte[], byte[]> record, MalformedRecord malformed) {
        reportMalformed(malformed);
        deadLetters.ifPresent(writer -> writer.send(record, malformed));
        progress = progress.withMalformed();
    }

    private void checkpoint() {
        deadLetters.ifPresent(writer -> writer.flush(this::reportMalformed));
        listener.flush();
        SourceCheckpoint checkpoint = new SourceCheckpoint(settings.topic(), nextOffsets, pipeline.checkpoint());
        try {
            file.write(checkpoint);
        } catch (IOException e) {
            throw new KafkaSourceException("cannot write checkpoint " + file.path() + ": " + e.getMessage(), e);
        }
        sinceCheckpoint = 0;
        lastCheckpointNanos = System.nanoTime();
        progress = progress.withCheckpoint();
        commit(checkpoint);
        listener.checkpointed(checkpoint);
    }

    private void commit(SourceCheckpoint checkpoint) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        checkpoint
                .nextOffsets()
                .forEach((partition, offset) ->
                        offsets.put(new TopicPartition(settings.topic(), partition), new OffsetAndMetadata(offset)));
        try {
            consumer.commitSync(offsets);
        } catch (WakeupException e) {
            if (!stopRequested) {
                throw e;
            }
            // Stopping: the checkpoint file holds the offsets; the final checkpoint commits them again.
        } catch (InterruptException e) {
            throw e;
        } catch (KafkaException e) {
            warn("offset commit to group " + settings.groupId() + " failed (the checkpoint file is"
                    + " written and is what a restart uses): " + e.getMessage());
        }
    }

    private void closeClients() {
        List<RuntimeException> failures = new ArrayList<>();
        try {
            consumer.close();
        } catch (RuntimeException e) {
            failures.add(e);
        }
        try {
            deadLetters.ifPresent(DeadLetterWriter::close);
        } catch (RuntimeException e) {
            failures.add(e);
        }
        for (RuntimeException failure : failures) {
            warn("closing a Kafka client failed: " + failure.getMessage());
        }
    }

    /** Tells once when no broker answers, then every few minutes, and when one answers again. */
    private void watchBroker() {
        Optional<Integer> connections = BrokerReachability.connections(consumer.metrics());
        if (connections.isEmpty()) {
            return;
        }
        Optional<String> status = reachability.observe(connections.get(), System.nanoTime());
        if (status.isPresent()) {
            if (reachability.reachable()) {
                LOG.atInfo().addKeyValue("topic", settings.topic()).log(status.get());
                listener.status(status.get());
            } else {
                warn(status.get());
            }
        }
    }

    /** Re-reads the topic's partitions; a broker that stops answering meanwhile is waited for, not fatal. */
    private void refreshPartitions() {
        try {
            partitions.refresh();
        } catch (TimeoutException e) {
            warn("no answer from Kafka at " + settings.bootstrapServers() + " about the partitions of "
                    + settings.topic() + "; keeping the current assignment and trying again later");
        }
    }

    /** Logs a skipped record (or a failed dead-letter copy) with where it is, and tells the listener. */
    private void reportMalformed(MalformedRecord malformed) {
        LOG.atWarn()
                .addKeyValue("topic", malformed.topic())
                .addKeyValue("partition", malformed.partition())
                .addKeyValue("offset", malformed.offset())
                .log("skipped {}", malformed.describe());
        listener.malformed(malformed);
    }

    private void warn(String message) {
        LOG.atWarn().addKeyValue("topic", settings.topic()).log(message);
        listener.warning(message);
    }

    private static Duration elapsed(long sinceNanos) {
        return Duration.ofNanos(System.nanoTime() - sinceNanos);
    }
}
