package dev.custos.watch.follow;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The follower's state file ({@code checkpoint.json} in the data folder), bound to one chain id. Written to a
 * temporary file that is forced to disk and renamed over the old one, so a crash leaves the old state or the new,
 * never a torn file.
 */
public final class StateFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VERSION = 1;

    private final Path file;

    public StateFile(Path file) {
        this.file = Objects.requireNonNull(file, "file is null");
    }

    public Path file() {
        return file;
    }

    /**
     * The saved state, if the file exists.
     *
     * @throws InvalidStateFileException when it is not a state of this format or belongs to another chain
     */
    public Optional<WatchState> load(BigInteger chainId) throws IOException, InvalidStateFileException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new InvalidStateFileException(file + " is not JSON: " + e.getOriginalMessage());
        }
        try {
            if (root == null || root.path("version").asInt() != VERSION) {
                throw new InvalidStateFileException(file + " is not a watcher state of version " + VERSION);
            }
            String savedChain = text(root, "chain_id");
            if (!savedChain.equals(chainId.toString())) {
                throw new InvalidStateFileException(file + " belongs to chain " + savedChain + ", but the node is on"
                        + " chain " + chainId + "; use another --data folder");
            }
            Checkpoint checkpoint = checkpoint(root.path("checkpoint"));
            List<Checkpoint> points = new ArrayList<>();
            for (JsonNode point : root.path("points")) {
                points.add(checkpoint(point));
            }
            List<EmittedEvent> emitted = new ArrayList<>();
            for (JsonNode event : root.path("emitted")) {
                emitted.add(new EmittedEvent(
                        text(event, "id"),
                        text(event, "action"),
                        event.path("block_number").asLong(-1),
                        Hash32.fromHex(text(event, "block_hash"))));
            }
            Map<Address, Address> singletons = new HashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.path("singletons").properties()) {
                singletons.put(
                        Address.fromHex(entry.getKey()),
                        Address.fromHex(entry.getValue().asText()));
            }
            return Optional.of(new WatchState(checkpoint, points, emitted, singletons));
        } catch (DecodingException | IllegalArgumentException e) {
            throw new InvalidStateFileException(file + " is damaged: " + e.getMessage());
        }
    }

    /** Replaces the file with {@code state}, durably. */
    public void save(BigInteger chainId, WatchState state) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        root.put("chain_id", chainId.toString());
        root.set("checkpoint", json(state.checkpoint()));
        ArrayNode points = root.putArray("points");
        state.points().forEach(point -> points.add(json(point)));
        ArrayNode emitted = root.putArray("emitted");
        for (EmittedEvent event : state.emitted()) {
            ObjectNode node = emitted.addObject();
            node.put("id", event.id());
            node.put("action", event.action());
            node.put("block_number", event.blockNumber());
            node.put("block_hash", event.blockHash().toHex());
        }
        ObjectNode singletons = root.putObject("singletons");
        state.singletons().forEach((safe, singleton) -> singletons.put(lower(safe), lower(singleton)));
        replace(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }

    private void replace(byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Forcing a folder makes the rename durable on Linux; other platforms lose only that.
        }
    }

    private static ObjectNode json(Checkpoint checkpoint) {
        ObjectNode node = JSON.createObjectNode();
        node.put("number", checkpoint.number());
        node.put("hash", checkpoint.hash().toHex());
        return node;
    }

    private static Checkpoint checkpoint(JsonNode node) throws DecodingException {
        return new Checkpoint(node.path("number").asLong(-1), Hash32.fromHex(text(node, "hash")));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing or not a string");
        }
        return value.asText();
    }

    private static String lower(Address address) {
        return address.toString().toLowerCase(Locale.ROOT);
    }
}
