package dev.custos.node.enforce;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import dev.custos.policy.velocity.PastRequest;
import dev.custos.policy.velocity.VelocityTracker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A node's own durable record of the requests it decided (docs/NODES.md, "Velocity state"): what each authorized
 * request spends ({@code velocity/}), and when the node first saw a request that a time lock holds ({@code
 * time-locks/}). One file per request id, created with no-replace semantics and synced before the call returns, so a
 * record is written once, survives a restart, and is never counted twice: a retried job for the same request id finds
 * its record. Records older than {@link #RETENTION} are dropped when the ledger opens. Safe for concurrent use.
 */
public final class RequestLedger {
    /** Longer than every velocity window (48 hours) and every day window. */
    public static final Duration RETENTION = Duration.ofHours(49);

    private static final byte[] NAME_DOMAIN = "custos request ledger v1\0".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEEN_MAGIC = {'C', 'N', 'T', 'L'};

    private final Path spentFolder;
    private final Path seenFolder;
    private final Map<String, SpendRecord> spent = new HashMap<>();

    private RequestLedger(Path spentFolder, Path seenFolder) {
        this.spentFolder = spentFolder;
        this.seenFolder = seenFolder;
    }

    /**
     * Opens the ledger under {@code folder} (creating it owner-only), reads every record and drops those older than
     * {@link #RETENTION} at {@code now}.
     *
     * @throws IOException if a record cannot be read or does not decode; the node cannot know its velocity then, and
     *     must not sign on a guess
     */
    public static RequestLedger open(Path folder, Instant now) throws IOException {
        Path root = requireNonNull(folder, "folder is null").toAbsolutePath();
        AtomicFile.createFolder(root);
        RequestLedger ledger = new RequestLedger(root.resolve("velocity"), root.resolve("time-locks"));
        AtomicFile.createFolder(ledger.spentFolder);
        AtomicFile.createFolder(ledger.seenFolder);
        Instant horizon = now.minus(RETENTION);
        for (Path file : files(ledger.spentFolder)) {
            SpendRecord record;
            try {
                record = SpendRecord.decode(Files.readAllBytes(file), "velocity record " + file.getFileName());
            } catch (InvalidEncodingException e) {
                throw new IOException("the velocity record " + file + " is damaged: " + e.getMessage(), e);
            }
            if (!file.getFileName().toString().equals(name(record.requestId()))) {
                throw new IOException("the velocity record " + file + " is filed under another request's name");
            }
            if (record.spent().timestamp().isBefore(horizon)) {
                Files.delete(file);
            } else {
                ledger.spent.put(record.requestId(), record);
            }
        }
        for (Path file : files(ledger.seenFolder)) {
            if (seenAt(file).isBefore(horizon)) {
                Files.delete(file);
            }
        }
        return ledger;
    }

    /** The spend recorded for {@code requestId}, if the node authorized it before. */
    public synchronized Optional<SpendRecord> spend(String requestId) {
        return Optional.ofNullable(spent.get(requestId));
    }

    /**
     * The node's velocity state for deciding {@code requestId}: every recorded spend except that request's own (a
     * retry is decided as if for the first time, and not counted twice).
     */
    public synchronized VelocityTracker velocity(String requestId) {
        VelocityTracker tracker = new VelocityTracker();
        spent.values().stream()
                .filter(record -> !record.requestId().equals(requestId))
                .map(SpendRecord::spent)
                .sorted(Comparator.comparing(PastRequest::timestamp))
                .forEach(tracker::record);
        return tracker;
    }

    /** How many spends the ledger holds. */
    public synchronized int size() {
        return spent.size();
    }

    /**
     * Records {@code record} durably unless a record for its request id exists. Returns once it is on disk.
     *
     * @return false if the request was recorded before (same wallet and payload; nothing is written)
     * @throws IllegalStateException if the request id was recorded for another wallet or payload
     */
    synchronized boolean record(SpendRecord record) throws IOException {
        SpendRecord existing = spent.get(record.requestId());
        if (existing != null) {
            if (!existing.samePayload(record.spent().walletId(), record.payloadHash())) {
                throw new IllegalStateException(conflict(record.requestId()));
            }
            return false;
        }
        AtomicFile.createNew(spentFolder.resolve(name(record.requestId())), record.encode());
        spent.put(record.requestId(), record);
        return true;
    }

    /**
     * When the node first saw {@code requestId} for a time lock: recorded durably at {@code now} the first time, read
     * back after that.
     *
     * @throws IllegalStateException if the request id was first seen with another payload
     */
    synchronized Instant firstSeen(String requestId, byte[] payloadHash, Instant now) throws IOException {
        Path file = seenFolder.resolve(name(requestId));
        byte[] encoded = new ByteWriter()
                .raw(SEEN_MAGIC)
                .u8(1)
                .raw(payloadHash)
                .u64(now.getEpochSecond())
                .toByteArray();
        try {
            AtomicFile.createNew(file, encoded);
            return Instant.ofEpochSecond(now.getEpochSecond());
        } catch (FileAlreadyExistsException seen) {
            byte[] stored = Files.readAllBytes(file);
            if (!MessageDigest.isEqual(seenHash(stored, file), payloadHash)) {
                throw new IllegalStateException(conflict(requestId));
            }
            return seenAt(file);
        }
    }

    private static String conflict(String requestId) {
        return "request id '" + requestId + "' was decided before for another wallet or payload: a request id names"
                + " one payload, so the coordinator reused it";
    }

    private static Instant seenAt(Path file) throws IOException {
        ByteReader reader = seenReader(Files.readAllBytes(file), file);
        try {
            reader.raw(32, "payload hash");
            long second = reader.u64("first seen");
            reader.finish();
            return Instant.ofEpochSecond(second);
        } catch (InvalidEncodingException e) {
            throw new IOException("the time-lock record " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static byte[] seenHash(byte[] stored, Path file) throws IOException {
        try {
            return seenReader(stored, file).raw(32, "payload hash");
        } catch (InvalidEncodingException e) {
            throw new IOException("the time-lock record " + file + " is damaged: " + e.getMessage(), e);
        }
    }

    private static ByteReader seenReader(byte[] stored, Path file) throws IOException {
        ByteReader reader = new ByteReader(stored, "time-lock record " + file.getFileName());
        try {
            if (!MessageDigest.isEqual(reader.raw(SEEN_MAGIC.length, "magic"), SEEN_MAGIC)
                    || reader.u8("format version") != 1) {
                throw new IOException("the time-lock record " + file + " is not a version 1 CNTL record");
            }
        } catch (InvalidEncodingException e) {
            throw new IOException("the time-lock record " + file + " is damaged: " + e.getMessage(), e);
        }
        return reader;
    }

    /** The file name of {@code requestId}'s records: hex SHA-256 of a domain tag and the id's UTF-8. */
    static String name(String requestId) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(NAME_DOMAIN);
            return HexFormat.of().formatHex(sha256.digest(requestId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    /** The record files of {@code folder}; leftover temporary files (names starting with a dot) are removed. */
    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> all = entries.toList();
            for (Path entry : all) {
                if (entry.getFileName().toString().startsWith(".")) {
                    Files.deleteIfExists(entry);
                }
            }
            return all.stream()
                    .filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public String toString() {
        return "RequestLedger[" + spentFolder.getParent() + "]";
    }
}
