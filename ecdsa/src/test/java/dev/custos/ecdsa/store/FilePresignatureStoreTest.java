package dev.custos.ecdsa.store;

import static dev.custos.ecdsa.store.StoreFixtures.key;
import static dev.custos.ecdsa.store.StoreFixtures.presignature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.ecdsa.EcdsaErrorCode;
import dev.custos.ecdsa.EcdsaException;
import dev.custos.ecdsa.SessionId;
import dev.custos.ecdsa.presign.Presignature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Durability and mutual exclusion of {@link FilePresignatureStore}, also across store instances on one directory. */
class FilePresignatureStoreTest {
    private static final DirectorySync FAILING = directory -> {
        throw new IOException("injected fsync failure");
    };

    @TempDir
    Path directory;

    @Test
    void save_sameSessionTwiceThroughASecondInstance_isRefused() throws EcdsaException, IOException {
        Presignature presignature = presignature();
        byte[] stored = presignature.toSecretBytes();
        FilePresignatureStore.open(directory).save(presignature);
        FilePresignatureStore second = FilePresignatureStore.open(directory);
        assertUnavailable(() -> second.save(presignature), "already stored");
        assertThat(second.consume(presignature.session(), key()).toSecretBytes())
                .isEqualTo(stored);
        assertUnavailable(() -> FilePresignatureStore.open(directory).save(presignature), "already stored");
    }

    @Test
    void save_sameSessionConcurrentlyThroughManyInstances_exactlyOneSucceeds() throws Exception {
        for (int round = 0; round < 8; round++) {
            Presignature presignature = presignature();
            List<Callable<Void>> savers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                FilePresignatureStore store = FilePresignatureStore.open(directory);
                savers.add(() -> {
                    store.save(presignature);
                    return null;
                });
            }
            int succeeded = 0;
            for (Throwable outcome : runTogether(savers)) {
                if (outcome == null) {
                    succeeded++;
                } else {
                    assertThat(outcome).isInstanceOf(EcdsaException.class);
                    assertThat(((EcdsaException) outcome).code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE);
                }
            }
            assertThat(succeeded).as("round " + round).isEqualTo(1);
        }
    }

    @Test
    void save_holdsTheDirectoryLockFileWhileWriting() throws EcdsaException, IOException {
        List<Boolean> lockedDuringSync = new ArrayList<>();
        DirectorySync probe = dir -> {
            lockedDuringSync.add(isLockedByThisProcess(dir.resolve(".lock")));
            FilePermissions.syncDirectory(dir);
        };
        FilePresignatureStore.open(directory, probe).save(presignature());
        assertThat(lockedDuringSync).isNotEmpty().containsOnly(true);
        assertThat(isLockedByThisProcess(directory.resolve(".lock"))).isFalse();
    }

    @Test
    void save_directorySyncFails_isSurfaced() throws EcdsaException, IOException {
        FilePresignatureStore store = FilePresignatureStore.open(directory, FAILING);
        Presignature presignature = presignature();
        assertStorageFailed(() -> store.save(presignature));
    }

    @Test
    void consume_directorySyncFails_releasesNothingAndTheSessionStaysUsed() throws EcdsaException, IOException {
        Presignature presignature = presignature();
        SessionId session = presignature.session();
        FilePresignatureStore.open(directory).save(presignature);
        FilePresignatureStore failing = FilePresignatureStore.open(directory, FAILING);

        assertStorageFailed(() -> failing.consume(session, key()));

        FilePresignatureStore healthy = FilePresignatureStore.open(directory);
        assertThat(healthy.isAvailable(session)).isFalse();
        assertThat(healthy.isUsed(session)).isTrue();
        assertUnavailable(() -> healthy.consume(session, key()), "already used");
        assertUnavailable(() -> healthy.save(presignature), "already stored");
        assertThat(Files.size(directory.resolve(session.toHex() + ".used"))).isZero();
    }

    @Test
    void consume_forcesTheTombstoneToDiskBeforeReturning() throws EcdsaException, IOException {
        Presignature presignature = presignature();
        SessionId session = presignature.session();
        FilePresignatureStore.open(directory).save(presignature);
        List<Boolean> tombstonedAtSync = new ArrayList<>();
        DirectorySync recording = dir -> {
            tombstonedAtSync.add(Files.exists(dir.resolve(session.toHex() + ".used"))
                    && !Files.exists(dir.resolve(session.toHex() + ".presig")));
            FilePermissions.syncDirectory(dir);
        };

        Presignature consumed = FilePresignatureStore.open(directory, recording).consume(session, key());

        assertThat(consumed.session()).isEqualTo(session);
        assertThat(tombstonedAtSync).containsExactly(true);
        assertUnavailable(() -> FilePresignatureStore.open(directory).consume(session, key()), "already used");
    }

    @Test
    void consume_manyInstancesOnOneDirectory_neverHandOutOnePresignatureTwice() throws Exception {
        List<SessionId> sessions = new ArrayList<>();
        FilePresignatureStore saver = FilePresignatureStore.open(directory);
        for (int i = 0; i < 4; i++) {
            Presignature presignature = presignature();
            saver.save(presignature);
            sessions.add(presignature.session());
        }
        Set<SessionId> handedOut = ConcurrentHashMap.newKeySet();
        List<SessionId> duplicates = new ArrayList<>();
        List<Callable<Void>> consumers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            FilePresignatureStore store = FilePresignatureStore.open(directory);
            consumers.add(() -> {
                for (SessionId session : sessions) {
                    try {
                        store.consume(session, key());
                        if (!handedOut.add(session)) {
                            synchronized (duplicates) {
                                duplicates.add(session);
                            }
                        }
                    } catch (EcdsaException e) {
                        assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE);
                    }
                }
                return null;
            });
        }
        assertThat(runTogether(consumers)).containsOnlyNulls();
        assertThat(duplicates).isEmpty();
        assertThat(handedOut).containsExactlyInAnyOrderElementsOf(sessions);
    }

    @Test
    void open_temporaryFileOfACompletedSave_isRemovedAndThePresignatureKept() throws EcdsaException, IOException {
        Presignature presignature = presignature();
        byte[] stored = presignature.toSecretBytes();
        FilePresignatureStore.open(directory).save(presignature);
        Path temporary = directory.resolve(presignature.session().toHex() + ".tmp");
        Files.createLink(temporary, directory.resolve(presignature.session().toHex() + ".presig"));

        FilePresignatureStore reopened = FilePresignatureStore.open(directory);

        assertThat(temporary).doesNotExist();
        assertThat(reopened.consume(presignature.session(), key()).toSecretBytes())
                .isEqualTo(stored);
    }

    @Test
    void open_temporaryFileOfAnInterruptedSave_isWipedAndRemoved() throws EcdsaException, IOException {
        Presignature presignature = presignature();
        Path temporary = directory.resolve(presignature.session().toHex() + ".tmp");
        Files.write(temporary, presignature.toSecretBytes());
        Path witness = directory.resolve("witness");
        Files.createLink(witness, temporary);

        FilePresignatureStore reopened = FilePresignatureStore.open(directory);

        assertThat(temporary).doesNotExist();
        assertThat(Files.size(witness)).isZero();
        assertUnavailable(() -> reopened.consume(presignature.session(), key()), "unknown");
    }

    /** Runs {@code tasks} on their own threads, released at once; returns each one's failure, or null if none. */
    private static List<Throwable> runTogether(List<? extends Callable<Void>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (Callable<Void> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Void> future : futures) {
                try {
                    future.get(1, TimeUnit.MINUTES);
                    outcomes.add(null);
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError("a task did not finish", e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether this JVM holds a lock on {@code lockFile} (Java refuses a second, overlapping lock in one process). */
    private static boolean isLockedByThisProcess(Path lockFile) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /** A failed directory sync is reported as a storage failure caused by the I/O error, never ignored. */
    private static void assertStorageFailed(Step step) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        EcdsaException.class, e -> assertThat(e.code()).isEqualTo(EcdsaErrorCode.STORAGE_FAILED))
                .hasRootCauseInstanceOf(IOException.class)
                .hasRootCauseMessage("injected fsync failure");
    }

    private static void assertUnavailable(Step step, String reason) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(EcdsaException.class, e -> {
            assertThat(e.code()).isEqualTo(EcdsaErrorCode.PRESIGNATURE_UNAVAILABLE);
            assertThat(e.getMessage()).contains(reason);
        });
    }
}
