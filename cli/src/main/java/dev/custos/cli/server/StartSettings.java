package dev.custos.cli.server;

import static java.util.Objects.requireNonNull;

import dev.custos.config.Setting;
import dev.custos.config.SettingValues;
import dev.custos.server.tls.TlsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The settings of {@code custos start --config FILE} (docs/SERVER.md, "custos start"): where the server keeps its
 * data and database, where its API and its relay listen, the coordinator's identity, the signed committee, the signing
 * threshold, the admin keys that sign the policies it activates, and the job engine's limits. Each key is listed in
 * {@link #KEYS}; {@link #from} applies the defaults and checks the values, naming the key.
 *
 * @param data the data folder (audit key, detection key, SQLite database)
 * @param listen the API's address, HOST:PORT
 * @param databaseUrl a JDBC URL; empty for SQLite in the data folder
 * @param databaseUser the database user
 * @param databasePasswordFile a file holding the database password
 * @param databaseMaxConnections the connection pool's size
 * @param relayListen the relay's address, HOST:PORT, which the nodes dial
 * @param coordinatorData the coordinator's identity folder ({@code custos coordinator init})
 * @param coordinatorKeyFile the key file of the coordinator's keystore
 * @param coordinatorPassphraseFile the passphrase file of the coordinator's keystore
 * @param committeeFile the signed committee
 * @param signingThreshold how many nodes sign
 * @param policyAdminKeys the admin key files that sign policies
 * @param jobTimeout how long one job attempt may wait for the nodes
 * @param jobAttempts how many attempts a job makes
 * @param presignaturePool presignatures kept ready per ECDSA wallet
 * @param approvalWindow how long approvals of a new request are valid
 * @param auditOrigin the audit log's name in its signed checkpoints
 * @param consoleOrigin where people open the console (its passkeys are bound to the host); empty for
 *     {@code http://localhost:PORT}
 * @param tlsCertificateFile the API's certificate chain, PEM; with {@code tlsKeyFile}, the API serves https
 * @param tlsKeyFile the certificate's private key, PKCS#8 PEM
 */
public record StartSettings(
        Path data,
        String listen,
        Optional<String> databaseUrl,
        String databaseUser,
        Optional<Path> databasePasswordFile,
        int databaseMaxConnections,
        String relayListen,
        Path coordinatorData,
        Optional<Path> coordinatorKeyFile,
        Optional<Path> coordinatorPassphraseFile,
        Path committeeFile,
        int signingThreshold,
        List<Path> policyAdminKeys,
        Duration jobTimeout,
        int jobAttempts,
        int presignaturePool,
        Duration approvalWindow,
        String auditOrigin,
        Optional<String> consoleOrigin,
        Optional<Path> tlsCertificateFile,
        Optional<Path> tlsKeyFile) {
    public static final Setting<Path> DATA =
            Setting.path("server.data", "The server's data folder (audit and detection keys, the SQLite database).");
    public static final Setting<String> LISTEN = Setting.text(
            "server.listen",
            "127.0.0.1:8080",
            "Address of the API, HOST:PORT: any address with server.tls-certificate-file and server.tls-key-file"
                    + " (https), a loopback address without them (plain HTTP).");
    public static final Setting<String> DATABASE_URL = Setting.text(
            "server.database-url",
            "JDBC URL, jdbc:postgresql://HOST:PORT/DB or jdbc:sqlite:FILE; none means SQLite in server.data.");
    public static final Setting<String> DATABASE_USER =
            Setting.text("server.database-user", "custos", "The database user (PostgreSQL).");
    public static final Setting<Path> DATABASE_PASSWORD_FILE = Setting.path(
            "server.database-password-file",
            "File holding the database password (PostgreSQL); none means no password.");
    public static final Setting<Integer> DATABASE_MAX_CONNECTIONS =
            Setting.integer("server.database-max-connections", 8, "Size of the database connection pool, 1 to 64.");
    public static final Setting<String> RELAY_LISTEN = Setting.text(
            "relay.listen", "Address the signer nodes dial, HOST:PORT (mutual TLS 1.3, committee members only).");
    public static final Setting<Path> COORDINATOR_DATA =
            Setting.path("coordinator.data", "The coordinator's identity folder, made by 'custos coordinator init'.");
    public static final Setting<Path> COORDINATOR_KEY_FILE =
            Setting.path("coordinator.key-file", "Key file of the coordinator's keystore (or a passphrase file).");
    public static final Setting<Path> COORDINATOR_PASSPHRASE_FILE = Setting.path(
            "coordinator.passphrase-file", "Passphrase file of the coordinator's keystore (or a key file).");
    public static final Setting<Path> COMMITTEE_FILE = Setting.path(
            "committee.file", "The signed committee ('custos committee sign'): the nodes that may connect.");
    public static final Setting<Integer> SIGNING_THRESHOLD = Setting.integer(
            "signing.threshold", 2, "How many nodes sign: the threshold new wallets get, 2 to the committee size.");
    public static final Setting<List<Path>> POLICY_ADMIN_KEYS = Setting.of(
            "policy.admin-key-files",
            Optional.empty(),
            StartSettings::paths,
            paths -> String.join(",", paths.stream().map(Path::toString).toList()),
            "Comma-separated admin key files that sign the policies the server activates: a quorum of the"
                    + " committee's admins.");
    public static final Setting<Duration> JOB_TIMEOUT = Setting.duration(
            "jobs.timeout", Duration.ofSeconds(30), "How long one job attempt may wait for the nodes.");
    public static final Setting<Integer> JOB_ATTEMPTS =
            Setting.integer("jobs.attempts", 3, "Attempts per key generation or signing, 1 to 10.");
    public static final Setting<Integer> PRESIGNATURE_POOL =
            Setting.integer("jobs.presignature-pool", 4, "Presignatures kept ready per ECDSA wallet, 0 to 1000.");
    public static final Setting<Duration> APPROVAL_WINDOW = Setting.duration(
            "server.approval-window", Duration.ofHours(24), "How long approvals of a new request are valid.");
    public static final Setting<String> AUDIT_ORIGIN =
            Setting.text("server.audit-origin", "custos/audit", "The audit log's name in its signed checkpoints.");

    public static final Setting<String> CONSOLE_ORIGIN = Setting.text(
            "server.console-origin",
            "Where people open the console, https://HOST[:PORT] (the TLS proxy's address; passkeys are bound to the"
                    + " host); none means http://localhost:PORT.");

    public static final Setting<Path> TLS_CERTIFICATE_FILE = Setting.path(
            "server.tls-certificate-file",
            "The API's certificate followed by its intermediates, PEM (fullchain.pem); none serves plain HTTP on"
                    + " loopback only.");
    public static final Setting<Path> TLS_KEY_FILE = Setting.path(
            "server.tls-key-file",
            "The certificate's private key, unencrypted PKCS#8 PEM (BEGIN PRIVATE KEY), readable by the server's"
                    + " user only.");

    /** Every key, in the order docs/SERVER.md lists them. */
    public static final List<Setting<?>> KEYS = List.of(
            DATA,
            LISTEN,
            DATABASE_URL,
            DATABASE_USER,
            DATABASE_PASSWORD_FILE,
            DATABASE_MAX_CONNECTIONS,
            RELAY_LISTEN,
            COORDINATOR_DATA,
            COORDINATOR_KEY_FILE,
            COORDINATOR_PASSPHRASE_FILE,
            COMMITTEE_FILE,
            SIGNING_THRESHOLD,
            POLICY_ADMIN_KEYS,
            JOB_TIMEOUT,
            JOB_ATTEMPTS,
            PRESIGNATURE_POOL,
            APPROVAL_WINDOW,
            AUDIT_ORIGIN,
            CONSOLE_ORIGIN,
            TLS_CERTIFICATE_FILE,
            TLS_KEY_FILE);

    public StartSettings {
        requireNonNull(data, "data is null");
        requireNonNull(listen, "listen is null");
        requireNonNull(databaseUrl, "databaseUrl is null");
        requireNonNull(databaseUser, "databaseUser is null");
        requireNonNull(databasePasswordFile, "databasePasswordFile is null");
        requireNonNull(relayListen, "relayListen is null");
        requireNonNull(coordinatorData, "coordinatorData is null");
        requireNonNull(coordinatorKeyFile, "coordinatorKeyFile is null");
        requireNonNull(coordinatorPassphraseFile, "coordinatorPassphraseFile is null");
        requireNonNull(committeeFile, "committeeFile is null");
        policyAdminKeys = List.copyOf(policyAdminKeys);
        requireNonNull(jobTimeout, "jobTimeout is null");
        requireNonNull(approvalWindow, "approvalWindow is null");
        requireNonNull(auditOrigin, "auditOrigin is null");
        requireNonNull(consoleOrigin, "consoleOrigin is null");
        requireNonNull(tlsCertificateFile, "tlsCertificateFile is null");
        requireNonNull(tlsKeyFile, "tlsKeyFile is null");
        if (tlsCertificateFile.isPresent() != tlsKeyFile.isPresent()) {
            throw new IllegalArgumentException(
                    "give both " + TLS_CERTIFICATE_FILE.key() + " and " + TLS_KEY_FILE.key() + ", or neither");
        }
        if (tlsCertificateFile.isPresent() && consoleOrigin.isEmpty()) {
            throw new IllegalArgumentException(CONSOLE_ORIGIN.key()
                    + " is required with TLS: the https address people open (passkeys are bound to its host)");
        }
        if (coordinatorKeyFile.isPresent() == coordinatorPassphraseFile.isPresent()) {
            throw new IllegalArgumentException(
                    "give exactly one of " + COORDINATOR_KEY_FILE.key() + " and " + COORDINATOR_PASSPHRASE_FILE.key());
        }
        if (databaseMaxConnections < 1 || databaseMaxConnections > 64) {
            throw new IllegalArgumentException(
                    DATABASE_MAX_CONNECTIONS.key() + ": must be 1 to 64, got " + databaseMaxConnections);
        }
        if (signingThreshold < 2) {
            throw new IllegalArgumentException(
                    SIGNING_THRESHOLD.key() + ": must be at least 2, got " + signingThreshold);
        }
    }

    /** The API's TLS credentials, when both files are given. */
    public Optional<TlsSettings> tls() {
        return tlsCertificateFile.flatMap(chain -> tlsKeyFile.map(key -> new TlsSettings(chain, key)));
    }

    /** The settings {@code values} give, with the defaults for the rest. */
    public static StartSettings from(SettingValues values) {
        return new StartSettings(
                values.get(DATA),
                values.get(LISTEN),
                values.optional(DATABASE_URL),
                values.get(DATABASE_USER),
                values.optional(DATABASE_PASSWORD_FILE),
                values.get(DATABASE_MAX_CONNECTIONS),
                values.get(RELAY_LISTEN),
                values.get(COORDINATOR_DATA),
                values.optional(COORDINATOR_KEY_FILE),
                values.optional(COORDINATOR_PASSPHRASE_FILE),
                values.get(COMMITTEE_FILE),
                values.get(SIGNING_THRESHOLD),
                values.get(POLICY_ADMIN_KEYS),
                values.get(JOB_TIMEOUT),
                values.get(JOB_ATTEMPTS),
                values.get(PRESIGNATURE_POOL),
                values.get(APPROVAL_WINDOW),
                values.get(AUDIT_ORIGIN),
                values.optional(CONSOLE_ORIGIN),
                values.optional(TLS_CERTIFICATE_FILE),
                values.optional(TLS_KEY_FILE));
    }

    private static List<Path> paths(String text) {
        List<Path> paths = Arrays.stream(text.split(",", -1))
                .map(String::strip)
                .map(Path::of)
                .toList();
        if (paths.stream().anyMatch(path -> path.toString().isEmpty())) {
            throw new IllegalArgumentException("an empty path in '" + text + "'");
        }
        return paths;
    }
}
