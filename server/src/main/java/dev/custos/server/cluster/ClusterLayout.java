package dev.custos.server.cluster;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.identity.CoordinatorIdentityStore;
import dev.custos.node.identity.NodeIdentityStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a dev cluster keeps its files in its data folder (docs/NODES.md, "Dev cluster"):
 *
 * <pre>
 * admin/dev-admin.key                 the dev admin's Ed25519 seed (32 bytes, 0600)
 * coordinator/coordinator.key         the key file of the coordinator's keystore (32 bytes, 0600)
 * coordinator/keystore.bin            the coordinator's identity keystore (and its public file)
 * coordinator/committee.bin           the signed committee (CNSC), written last when the cluster is created
 * nodes/node-N/node.key               the key file of node N's keystore (32 bytes, 0600)
 * nodes/node-N/keystore.bin ...       node N's data folder: identity, keystore, job registries
 * </pre>
 *
 * Other files in the data folder (the server's database, its admin token) are not the cluster's.
 *
 * @param folder the data folder
 */
record ClusterLayout(Path folder) {
    static final List<String> NODE_NAMES = List.of("node-1", "node-2", "node-3");
    static final int THRESHOLD = 2;

    ClusterLayout {
        requireNonNull(folder, "folder is null");
    }

    /** What the data folder holds of a cluster. */
    enum State {
        /** Nothing: a new cluster is created. */
        EMPTY,
        /** Every file a cluster needs: it is loaded (and checked file by file). */
        COMPLETE
    }

    Path adminFolder() {
        return folder.resolve("admin");
    }

    Path adminKey() {
        return adminFolder().resolve("dev-admin.key");
    }

    Path coordinatorFolder() {
        return folder.resolve("coordinator");
    }

    Path coordinatorKey() {
        return coordinatorFolder().resolve("coordinator.key");
    }

    Path committee() {
        return coordinatorFolder().resolve("committee.bin");
    }

    Path nodesFolder() {
        return folder.resolve("nodes");
    }

    Path nodeFolder(String name) {
        return nodesFolder().resolve(name);
    }

    Path nodeKey(String name) {
        return nodeFolder(name).resolve("node.key");
    }

    /**
     * Whether the folder holds no cluster or a whole one.
     *
     * @throws DevClusterException naming the missing files when it holds part of one: a first start that did not
     *     finish, or a damaged folder. Nothing is changed then: a part is never replaced by a new cluster, whose
     *     keys would orphan the wallets the old nodes hold.
     */
    State state() throws DevClusterException {
        List<Path> roots = List.of(adminFolder(), coordinatorFolder(), nodesFolder());
        if (roots.stream().noneMatch(root -> Files.exists(root, LinkOption.NOFOLLOW_LINKS))) {
            return State.EMPTY;
        }
        List<Path> missing = new ArrayList<>();
        for (Path file : required()) {
            if (!Files.isRegularFile(file)) {
                missing.add(file);
            }
        }
        if (missing.isEmpty()) {
            return State.COMPLETE;
        }
        String what = Files.isRegularFile(committee())
                ? "is damaged"
                : "was not completely created (a first start that did not finish, or a damaged folder)";
        throw new DevClusterException("the dev cluster in " + folder + " " + what + ": missing " + missing
                + ". Nothing was changed. If no wallet was ever created in it, remove " + adminFolder() + ", "
                + coordinatorFolder() + " and " + nodesFolder() + " to create a new cluster; otherwise restore them"
                + " from a backup");
    }

    /** Every file a complete cluster has, the committee (written last) last. */
    List<Path> required() {
        List<Path> files = new ArrayList<>();
        files.add(adminKey());
        files.add(coordinatorKey());
        files.add(coordinatorFolder().resolve(CoordinatorIdentityStore.KEYSTORE_FILE));
        for (String name : NODE_NAMES) {
            files.add(nodeKey(name));
            files.add(nodeFolder(name).resolve(NodeIdentityStore.KEYSTORE_FILE));
        }
        files.add(committee());
        return files;
    }
}
