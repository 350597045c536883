package dev.custos.cli.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.custos.audit.log.AuditException;
import dev.custos.cli.committee.CommitteeFile;
import dev.custos.cli.detect.SettingsFile;
import dev.custos.cli.input.BadInputException;
import dev.custos.cli.input.ListenAddress;
import dev.custos.cli.node.KeySourceOptions;
import dev.custos.cli.output.JsonLines;
import dev.custos.config.SettingValues;
import dev.custos.coordinator.identity.CoordinatorIdentityStore;
import dev.custos.coordinator.job.JobSettings;
import dev.custos.crypto.InvalidEncodingException;
import dev.custos.node.committee.SignedCommittee;
import dev.custos.node.identity.IdentityMismatchException;
import dev.custos.node.identity.SigningKey;
import dev.custos.node.io.AtomicFile;
import dev.custos.node.keystore.Argon2idCost;
import dev.custos.node.keystore.KeyEncryptionKeySource;
import dev.custos.node.keystore.KeyFileKeySource;
import dev.custos.node.keystore.KeystoreException;
import dev.custos.node.keystore.PassphraseKeySource;
import dev.custos.server.CustodyServer;
import dev.custos.server.CustodySettings;
import dev.custos.server.api.ApiSettings;
import dev.custos.server.keys.KeyFileException;
import dev.custos.server.keys.KeyFiles;
import dev.custos.server.passkeys.WebOrigin;
import dev.custos.server.remote.RemoteCluster;
import dev.custos.server.remote.RemoteClusterSettings;
import dev.custos.server.storage.DatabaseSettings;
import dev.custos.server.tls.TlsSetupException;
import dev.custos.types.SecretBytes;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code custos start --config FILE}: the API and the relay for signer nodes that run on their own machines. */
@Command(
        name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the custody server for signer nodes on other machines: the API v1 (https with"
                    + " server.tls-certificate-file and server.tls-key-file, else plain HTTP on loopback only), the database (PostgreSQL or SQLite), and the relay that 'custos node run'"
                    + " processes dial over mutual TLS. Policies the server activates are signed with the admin key"
                    + " files of policy.admin-key-files and verified by every node. Settings come from FILE, a"
                    + " properties file whose keys docs/SERVER.md lists. Prints one line when ready.",
            "Exit code 2 for bad input (a missing, unknown or invalid setting, named; a committee, key or"
                    + " passphrase file that does not verify; an address in use); 1 for any other failure."
        })
public final class StartCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", required = true, description = "The settings file.")
    private Path config;

    @Option(names = "--json", description = "Print the ready line as one JSON object.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        SettingValues values = SettingsFile.load(config, StartSettings.KEYS);
        StartSettings settings = SettingsFile.read(() -> StartSettings.from(values));
        ListenAddress api = address(StartSettings.LISTEN.key(), settings.listen());
        if (settings.tls().isEmpty()) {
            requireLoopback(api.host());
        }
        ListenAddress relayListen = address(StartSettings.RELAY_LISTEN.key(), settings.relayListen());
        SignedCommittee committee = committee(settings.committeeFile());
        RemoteClusterSettings clusterSettings;
        JobSettings jobs = SettingsFile.read(
                () -> new JobSettings(settings.jobTimeout(), settings.jobAttempts(), settings.presignaturePool()));
        try {
            clusterSettings = new RemoteClusterSettings(
                    relayListen.socketAddress(), committee, settings.signingThreshold(), jobs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--config " + config + ": " + e.getMessage(), e);
        }
        DatabaseSettings database = database(settings);
        Optional<WebOrigin> consoleOrigin = consoleOrigin(settings);
        try {
            AtomicFile.createFolder(settings.data());
        } catch (IOException e) {
            throw new BadInputException(
                    StartSettings.DATA.key() + " " + settings.data() + ": cannot create the folder: " + e.getMessage(),
                    e);
        }
        List<SigningKey> admins = adminKeys(settings.policyAdminKeys());
        SigningKey coordinator = coordinatorKey(settings);
        RemoteCluster cluster;
        try {
            cluster = RemoteCluster.start(clusterSettings, coordinator, admins, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            admins.forEach(SigningKey::destroy);
            throw new BadInputException(StartSettings.POLICY_ADMIN_KEYS.key() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            admins.forEach(SigningKey::destroy);
            throw new BadInputException(
                    "cannot listen on " + StartSettings.RELAY_LISTEN.key() + " " + settings.relayListen() + ": "
                            + e.getMessage(),
                    e);
        } finally {
            coordinator.destroy();
        }
        CustodyServer server;
        try {
            server = CustodyServer.start(
                    new CustodySettings(
                            settings.data(),
                            database,
                            api.host(),
                            api.port(),
                            ApiSettings.defaults(),
                            settings.approvalWindow(),
                            settings.auditOrigin(),
                            consoleOrigin,
                            settings.tls()),
                    cluster,
                    Clock.systemUTC());
        } catch (AuditException e) {
            cluster.close();
            throw new BadInputException("the stored audit log does not verify: " + e.getMessage(), e);
        } catch (TlsSetupException e) {
            cluster.close();
            throw new BadInputException("TLS: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
        Path tokenFile = AdminTokenFile.ensure(settings.data(), server.tokens());
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean once = new AtomicBoolean();
        Runtime.getRuntime()
                .addShutdownHook(
                        Thread.ofPlatform().name("custos-start-shutdown").unstarted(() -> {
                            if (once.compareAndSet(false, true)) {
                                server.close();
                                cluster.close();
                            }
                            stopped.countDown();
                        }));
        printReady(
                api,
                settings.tls().isPresent(),
                server.port(),
                tokenFile,
                cluster,
                (System.nanoTime() - started) / 1_000_000);
        stopped.await();
        return 0;
    }

    private ListenAddress address(String key, String text) {
        try {
            return ListenAddress.parse(text);
        } catch (BadInputException e) {
            throw new BadInputException(key + ": " + e.getMessage().replace("--listen ", ""), e);
        }
    }

    private static void requireLoopback(String host) {
        try {
            if (!InetAddress.getByName(host).isLoopbackAddress()) {
                throw new BadInputException(StartSettings.LISTEN.key() + " " + host + " is not a loopback address: the"
                        + " API serves plain HTTP without server.tls-certificate-file and server.tls-key-file (give both, or"
                        + " put a TLS proxy in front of a loopback address)");
            }
        } catch (UnknownHostException e) {
            throw new BadInputException(StartSettings.LISTEN.key() + ": unknown host '" + host + "'", e);
        }
    }

    private static SignedCommittee committee(Path file) {
        try {
            return CommitteeFile.read(file);
        } catch (BadInputException e) {
            throw new BadInputException(StartSettings.COMMITTEE_FILE.key() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<WebOrigin> consoleOrigin(StartSettings settings) {
        try {
            return settings.consoleOrigin().map(WebOrigin::new);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(StartSettings.CONSOLE_ORIGIN.key() + ": " + e.getMessage(), e);
        }
    }

    private static DatabaseSettings database(StartSettings settings) {
        if (settings.databaseUrl().isEmpty()) {
            return DatabaseSettings.sqlite(settings.data().resolve("custos.db"));
        }
        String password = "";
        if (settings.databasePasswordFile().isPresent()) {
            Path file = settings.databasePasswordFile().get();
            try {
                password = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new BadInputException(
                        "cannot read " + StartSettings.DATABASE_PASSWORD_FILE.key() + " " + file + ": "
                                + e.getMessage(),
                        e);
            }
        }
        try {
            return new DatabaseSettings(
                    settings.databaseUrl().get(), settings.databaseUser(), password, settings.databaseMaxConnections());
        } catch (RuntimeException e) {
            throw new BadInputException(StartSettings.DATABASE_URL.key() + ": " + e.getMessage(), e);
        }
    }

    private static List<SigningKey> adminKeys(List<Path> files) {
        List<SigningKey> keys = new ArrayList<>();
        for (Path file : files) {
            SecretBytes seed;
            try {
                seed = KeyFiles.read(file, StartSettings.POLICY_ADMIN_KEYS.key() + " entry");
            } catch (KeyFileException e) {
                keys.forEach(SigningKey::destroy);
                throw new BadInputException(e.getMessage(), e);
            }
            keys.add(SigningKey.fromSeed(seed));
            seed.destroy();
        }
        return keys;
    }

    private static SigningKey coordinatorKey(StartSettings settings) {
        Path folder = settings.coordinatorData();
        if (!Files.isRegularFile(folder.resolve(CoordinatorIdentityStore.KEYSTORE_FILE))) {
            throw new BadInputException(StartSettings.COORDINATOR_DATA.key() + " " + folder
                    + " holds no coordinator identity; create one with 'custos coordinator init'");
        }
        KeyEncryptionKeySource source;
        try {
            source = settings.coordinatorKeyFile().isPresent()
                    ? KeyFileKeySource.readFile(settings.coordinatorKeyFile().get())
                    : PassphraseKeySource.readFile(
                            settings.coordinatorPassphraseFile().orElseThrow(), Argon2idCost.DEFAULT);
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(
                    "cannot read the coordinator's "
                            + (settings.coordinatorKeyFile().isPresent()
                                    ? StartSettings.COORDINATOR_KEY_FILE.key()
                                    : StartSettings.COORDINATOR_PASSPHRASE_FILE.key())
                            + ": " + e.getMessage(),
                    e);
        }
        try {
            return CoordinatorIdentityStore.open(folder, source);
        } catch (KeystoreException e) {
            throw KeySourceOptions.failure(e);
        } catch (IOException | InvalidEncodingException | IdentityMismatchException e) {
            throw new IllegalStateException(
                    "cannot open the coordinator's keystore in " + folder + ": " + e.getMessage(), e);
        } finally {
            KeySourceOptions.forget(source);
        }
    }

    private void printReady(
            ListenAddress api, boolean https, int port, Path tokenFile, RemoteCluster cluster, long millis) {
        PrintWriter out = spec.commandLine().getOut();
        String host = api.host().contains(":") ? "[" + api.host() + "]" : api.host();
        String base = (https ? "https://" : "http://") + host + ":" + port;
        String relay = cluster.relayAddress().getAddress().getHostAddress() + ":"
                + cluster.relayAddress().getPort();
        if (json) {
            ObjectNode object = JsonLines.object();
            object.put("api", base + "/v1");
            object.put("relay", relay);
            object.put("coordinator_key", cluster.coordinatorKey());
            object.put("admin_token_file", tokenFile.toString());
            object.put("nodes", cluster.nodeNames().size());
            JsonLines.write(out, object);
        } else {
            out.println("Custos is ready: API " + base + "/v1, relay on " + relay + " (coordinator key "
                    + cluster.coordinatorKey() + "), admin token in " + tokenFile + ", "
                    + cluster.connectedNodes().size() + " of "
                    + cluster.nodeNames().size()
                    + " signer nodes connected (" + millis + " ms); stop with Ctrl-C");
        }
        out.flush();
    }
}
