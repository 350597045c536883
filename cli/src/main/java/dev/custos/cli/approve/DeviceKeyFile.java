package dev.custos.cli.approve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.node.io.AtomicFile;
import dev.custos.policy.approval.DeviceKey;
import dev.custos.types.SecretBytes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An approver's device key file (docs/POLICY.md, "Device key file"): one line of JSON {@code {"format":
 * "custos-device-key","version":1,"algorithm":"ed25519","name":NAME,"public_key":HEX32,"seed":HEX32}}, owner-only
 * (mode 0600), written atomically and never over an existing file.
 *
 * @param name the approver's name in the policy
 * @param key the device key
 */
record DeviceKeyFile(String name, DeviceKey key) {
    static final String FORMAT = "custos-device-key";
    static final int VERSION = 1;
    static final String ALGORITHM = "ed25519";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE);

    DeviceKeyFile {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(key, "key is null");
    }

    /** {@code name} if it is a valid approver name; else a {@link InvalidInput} saying what is allowed. */
    static String requireValidName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInput("approver name '" + name + "' is not valid: 1 to 64 characters from A-Z a-z 0-9"
                    + " . _ @ -, starting with a letter or digit");
        }
        return name;
    }

    /** Writes the file; {@link java.nio.file.FileAlreadyExistsException} if it exists. */
    void create(Path file) throws IOException {
        SecretBytes seed = key.exportSeed();
        byte[] seedBytes = seed.copy();
        byte[] content = null;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",\"algorithm\":\"" + ALGORITHM
                            + "\",\"name\":\"" + name + "\",\"public_key\":\""
                            + HexFormat.of().formatHex(key.publicKey()) + "\",\"seed\":\"")
                    .getBytes(StandardCharsets.UTF_8));
            for (byte b : seedBytes) {
                out.write(Character.forDigit((b >> 4) & 0xf, 16));
                out.write(Character.forDigit(b & 0xf, 16));
            }
            out.writeBytes("\"}\n".getBytes(StandardCharsets.UTF_8));
            content = out.toByteArray();
            AtomicFile.createNew(file, content);
        } finally {
            Arrays.fill(seedBytes, (byte) 0);
            if (content != null) {
                Arrays.fill(content, (byte) 0);
            }
            seed.destroy();
        }
    }

    /** Reads and checks a key file; every problem is a {@link InvalidInput} naming the file and the fault. */
    static DeviceKeyFile read(Path file) {
        String where = "key file " + file;
        requireOwnerOnly(file, where);
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInput(where + " does not exist", e);
        } catch (IOException e) {
            throw new InvalidInput(where + " cannot be read: " + e.getMessage(), e);
        }
        byte[] seed = null;
        try {
            JsonNode root = new ObjectMapper().readTree(content);
            if (root == null || !root.isObject()) {
                throw new InvalidInput(where + " is not a device key file (expected one JSON object)");
            }
            requireField(root, "format", FORMAT, where);
            if (!root.path("version").isInt() || root.get("version").asInt() != VERSION) {
                throw new InvalidInput(where + ": unsupported version " + root.path("version")
                        + ", this custos reads version " + VERSION);
            }
            requireField(root, "algorithm", ALGORITHM, where);
            String name = requireValidName(text(root, "name", where));
            seed = hex32(text(root, "seed", where), "seed", where);
            DeviceKey key = DeviceKey.fromSeed(seed);
            byte[] publicKey = hex32(text(root, "public_key", where), "public_key", where);
            if (!Arrays.equals(publicKey, key.publicKey())) {
                key.destroy();
                throw new InvalidInput(where + " is corrupt: its public_key is not the public key of its seed");
            }
            return new DeviceKeyFile(name, key);
        } catch (JsonProcessingException e) {
            throw new InvalidInput(where + " is not valid JSON: " + CoordinatorApi.oneLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InvalidInput(where + " cannot be read: " + CoordinatorApi.oneLine(e.getMessage()), e);
        } finally {
            Arrays.fill(content, (byte) 0);
            if (seed != null) {
                Arrays.fill(seed, (byte) 0);
            }
        }
    }

    private static void requireOwnerOnly(Path file, String where) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.stream().anyMatch(OTHERS::contains)) {
                throw new InvalidInput(where + " is readable or writable by others; make it owner-only (chmod 600)");
            }
        } catch (IOException e) {
            throw new InvalidInput(where + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void requireField(JsonNode root, String field, String expected, String where) {
        String value = text(root, field, where);
        if (!value.equals(expected)) {
            throw new InvalidInput(where + ": " + field + " must be '" + expected + "', got '" + value + "'");
        }
    }

    private static String text(JsonNode root, String field, String where) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual()) {
            throw new InvalidInput(where + " has no text field '" + field + "'");
        }
        return node.asText();
    }

    private static byte[] hex32(String text, String field, String where) {
        if (!text.matches("[0-9a-f]{64}")) {
            throw new InvalidInput(where + ": " + field + " must be 64 lowercase hex digits");
        }
        return HexFormat.of().parseHex(text);
    }

    @Override
    public String toString() {
        return "DeviceKeyFile[" + name + ", " + HexFormat.of().formatHex(key.publicKey()) + "]";
    }
}
