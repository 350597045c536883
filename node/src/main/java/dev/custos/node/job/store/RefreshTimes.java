package dev.custos.node.job.store;

import static java.util.Objects.requireNonNull;

import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.wire.ByteReader;
import dev.custos.node.wire.ByteWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * When this node last started a refresh of each wallet: one owner-only file per wallet ({@code jobs/refreshes/<wallet>},
 * ASCII {@code CNRT}, {@code u8} version 1, {@code u64} Unix second), replaced atomically before the refresh sends
 * anything. The coordinator may start refreshes, so each node limits how often it takes part in one.
 */
public final class RefreshTimes {
    private static final byte[] MAGIC = "CNRT".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;

    private RefreshTimes(Path folder) {
        this.folder = folder;
    }

    /** Opens the record in {@code folder}, creating it (owner-only) if it does not exist. */
    public static RefreshTimes open(Path folder) throws IOException {
        Path target = requireNonNull(folder, "folder is null").toAbsolutePath();
        AtomicFile.createFolder(target);
        return new RefreshTimes(target);
    }

    /** When a refresh of {@code wallet} last started here, if ever. */
    public synchronized Optional<Instant> last(WalletId wallet) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(folder.resolve(wallet.value()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        ByteReader reader = new ByteReader(bytes, "refresh time of " + wallet);
        try {
            if (!java.util.Arrays.equals(reader.raw(MAGIC.length, "magic"), MAGIC) || reader.u8("version") != 1) {
                throw reader.error("magic", "not a refresh time (expected ASCII CNRT, version 1)");
            }
            Instant at = Instant.ofEpochSecond(reader.u64("second"));
            reader.finish();
            return Optional.of(at);
        } catch (InvalidEncodingException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Records that a refresh of {@code wallet} starts at {@code at}; durable on return. */
    public synchronized void record(WalletId wallet, Instant at) throws IOException {
        AtomicFile.replace(
                folder.resolve(wallet.value()),
                new ByteWriter().raw(MAGIC).u8(1).u64(at.getEpochSecond()).toByteArray());
    }
}
