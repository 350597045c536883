package dev.custos.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder that holds part of a cluster, or a damaged one, is refused with an error naming the file, and is left
 * exactly as it was: never re-created, which would orphan the wallets the old nodes hold.
 */
class DamagedFolderTest {
    @TempDir
    Path root;

    private Path pristine;

    @BeforeEach
    void createOnce() throws Exception {
        pristine = root.resolve("pristine");
        DevCluster.open(DevClusterTest.settings(pristine)).close();
    }

    @Test
    void aFirstStartThatStoppedBeforeTheCommitteeFileIsNotCompletedOrReplaced() throws Exception {
        Path folder = copy("half-written");
        Files.delete(folder.resolve("coordinator/committee.bin"));
        assertRefused(folder, "was not completely created", folder.resolve("coordinator/committee.bin"));
    }

    @Test
    void aMissingNodeKeyFileIsNamed() throws Exception {
        Path folder = copy("missing-key");
        Files.delete(folder.resolve("nodes/node-2/node.key"));
        assertRefused(folder, "is damaged: missing", folder.resolve("nodes/node-2/node.key"));
    }

    @Test
    void aTruncatedAdminKeyIsNamed() throws Exception {
        Path folder = copy("short-admin");
        Path key = folder.resolve("admin/dev-admin.key");
        byte[] bytes = Files.readAllBytes(key);
        Files.write(key, java.util.Arrays.copyOf(bytes, 16));
        assertRefused(folder, "must hold exactly 32 bytes, it has 16", key);
    }

    @Test
    void anotherAdminKeyDoesNotMatchTheCommitteeItIsSaidToHaveSigned() throws Exception {
        Path folder = copy("other-admin");
        byte[] other = new byte[32];
        new SecureRandom().nextBytes(other);
        Files.write(folder.resolve("admin/dev-admin.key"), other);
        assertRefused(folder, "is not the committee the dev admin key in", folder.resolve("coordinator/committee.bin"));
    }

    @Test
    void aKeyFileOthersCanReadIsRefused() throws Exception {
        Path folder = copy("open-key");
        Path key = folder.resolve("coordinator/coordinator.key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertRefused(folder, "may be used by others than its owner (mode rw-r--r--)", key);
    }

    @Test
    void anAlteredNodeKeystoreIsNamed() throws Exception {
        Path folder = copy("altered-keystore");
        Path keystore = folder.resolve("nodes/node-3/keystore.bin");
        byte[] bytes = Files.readAllBytes(keystore);
        bytes[bytes.length - 1] ^= 1;
        Files.write(keystore, bytes);
        assertRefused(folder, "cannot open the keystore of node node-3", keystore);
    }

    @Test
    void aNodeFromAnotherClusterIsNamed() throws Exception {
        Path other = root.resolve("other");
        DevCluster.open(DevClusterTest.settings(other)).close();
        Path folder = copy("swapped-node");
        for (String file : new String[] {"node.key", "keystore.bin", "identity.bin"}) {
            Files.copy(
                    other.resolve("nodes/node-2").resolve(file),
                    folder.resolve("nodes/node-2").resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertRefused(folder, "is not the member node-2 of", folder.resolve("coordinator/committee.bin"));
    }

    @Test
    void aCoordinatorTheNodesDoNotPinIsNamed() throws Exception {
        Path other = root.resolve("other");
        DevCluster.open(DevClusterTest.settings(other)).close();
        Path folder = copy("swapped-coordinator");
        for (String file : new String[] {"coordinator.key", "keystore.bin", "coordinator-identity.bin"}) {
            Files.copy(
                    other.resolve("coordinator").resolve(file),
                    folder.resolve("coordinator").resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertRefused(folder, "pins coordinator key", folder.resolve("nodes/node-1/keystore.bin"));
    }

    @Test
    void aNodeThatCannotStartStopsTheOthersCleanlyAndChangesNothing() throws Exception {
        Set<Thread> before = Threads.custos();
        Map<String, String> snapshot = snapshot(pristine);
        assertThatThrownBy(() ->
                        DevCluster.open(DevClusterTest.settings(pristine).withAuthorizers(node -> {
                            if (node.name().equals("node-3")) {
                                throw new IOException("its velocity records do not decode");
                            }
                            return new TaprootDigestAuthorizer();
                        })))
                .isInstanceOf(DevClusterException.class)
                .hasMessageContaining("cannot start node node-3 in " + pristine.resolve("nodes/node-3"))
                .hasMessageEndingWith("its velocity records do not decode");
        Threads.assertEnded(before);
        assertThat(snapshot(pristine)).isEqualTo(snapshot);
        try (DevCluster cluster = DevCluster.open(DevClusterTest.settings(pristine))) {
            assertThat(cluster.created()).isFalse();
            assertThat(cluster.connectedNodes()).containsExactlyInAnyOrder("node-1", "node-2", "node-3");
        }
    }

    private void assertRefused(Path folder, String message, Path named) throws Exception {
        Map<String, String> snapshot = snapshot(folder);
        assertThatThrownBy(() -> DevCluster.open(DevClusterTest.settings(folder)))
                .isInstanceOf(DevClusterException.class)
                .hasMessageContaining(message)
                .hasMessageContaining(named.toString());
        assertThat(snapshot(folder)).isEqualTo(snapshot);
    }

    private Path copy(String name) throws IOException {
        Path target = root.resolve(name);
        try (Stream<Path> files = Files.walk(pristine)) {
            files.forEach(source -> {
                Path destination = target.resolve(pristine.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(source, destination, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    /** Every regular file under {@code folder}, with a digest of its content. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(
                        folder.relativize(file).toString(),
                        java.util.HexFormat.of()
                                .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                        .digest(Files.readAllBytes(file))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }
}
