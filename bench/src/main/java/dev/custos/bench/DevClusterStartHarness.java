package dev.custos.bench;

import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.server.cluster.DevCluster;
import dev.custos.server.cluster.DevClusterSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How long the dev cluster behind {@code custos start-dev} takes to be ready: a first start in an empty folder
 * (creating the admin key, the coordinator's and three nodes' identities and keystores, the signed committee) until
 * all three nodes are connected to the relay over mutual TLS; then, after two wallets were generated (untimed), a
 * restart from the same folder (loading and checking every file, reading the wallets back from the nodes) until all
 * three are connected again; and the stop. Each run uses a new folder. Not JMH: a start spans many threads and files.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.custos.bench.DevClusterStartHarness [runs]
 * </pre>
 */
public final class DevClusterStartHarness {
    private static final List<String> NODES = List.of("node-1", "node-2", "node-3");

    private DevClusterStartHarness() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path root = Files.createTempDirectory("custos-dev-cluster-bench");
        long[] first = new long[runs];
        long[] restart = new long[runs];
        long[] stop = new long[runs];
        for (int run = 0; run < runs; run++) {
            DevClusterSettings settings = DevClusterSettings.of(root.resolve("run-" + run));
            long started = System.nanoTime();
            try (DevCluster cluster = DevCluster.open(settings)) {
                first[run] = System.nanoTime() - started;
                cluster.jobEngine()
                        .generateKey(new WalletId("eth"), Scheme.ECDSA_SECP256K1, 2, NODES)
                        .get(120, TimeUnit.SECONDS);
                cluster.jobEngine()
                        .generateKey(new WalletId("sol"), Scheme.FROST_ED25519, 2, NODES)
                        .get(120, TimeUnit.SECONDS);
            }
            started = System.nanoTime();
            DevCluster cluster = DevCluster.open(settings);
            restart[run] = System.nanoTime() - started;
            if (cluster.recoveredWallets().size() != 2) {
                throw new IllegalStateException("the restart read back " + cluster.recoveredWallets());
            }
            started = System.nanoTime();
            cluster.close();
            stop[run] = System.nanoTime() - started;
            System.out.printf(
                    Locale.ROOT,
                    "run %d: first start %.0f ms, restart with 2 wallets %.0f ms, stop %.0f ms%n",
                    run + 1,
                    first[run] / 1e6,
                    restart[run] / 1e6,
                    stop[run] / 1e6);
        }
        System.out.printf(
                Locale.ROOT,
                "median of %d runs: first start %.0f ms, restart %.0f ms, stop %.0f ms (data in %s)%n",
                runs,
                median(first),
                median(restart),
                median(stop),
                root);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
