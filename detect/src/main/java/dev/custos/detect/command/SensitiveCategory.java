package dev.custos.detect.command;

import dev.custos.detect.explain.KillChainStage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small, generic catalogue of command categories that matter in a custody organisation, used only to weight a
 * command that is already unusual for its user and their peers (it never fires by itself). The entries are
 * well-known tool names and artefacts (MITRE ATT&amp;CK T1219 remote access software, T1555 credentials from
 * password stores, T1552 unsecured credentials and private keys, T1105 ingress tool transfer), not indicators of a
 * particular attack.
 */
@SuppressWarnings("ImmutableEnumChecker") // the lists are List.of: unmodifiable, which the checker cannot see in List
public enum SensitiveCategory {
    /** Remote-access agents and tunnels: someone else can drive the machine. */
    REMOTE_ACCESS(
            "remote-access agent",
            KillChainStage.PERSISTENCE,
            List.of(
                    "anydesk",
                    "teamviewer",
                    "screenconnect",
                    "connectwise",
                    "rustdesk",
                    "splashtop",
                    "atera",
                    "meshagent",
                    "ngrok",
                    "cloudflared",
                    "frpc",
                    "chisel",
                    "tmate",
                    "x11vnc",
                    "vncserver",
                    "logmein",
                    "ammyy"),
            List.of()),
    /** Password managers, keychains, cloud and cluster secret stores. */
    CREDENTIAL_STORE(
            "credential store",
            KillChainStage.KEY_ACCESS,
            List.of("mimikatz", "lazagne", "procdump"),
            List.of(
                    "secret",
                    "password",
                    "credential",
                    "keychain",
                    "find-generic-password",
                    "dump-keychain",
                    "lsass",
                    "export-secret")),
    /** Private keys, wallets, key shares and seed material on disk. */
    KEY_FILE(
            "key file",
            KillChainStage.KEY_ACCESS,
            List.of(),
            List.of(
                    "id_rsa",
                    "id_ed25519",
                    "id_ecdsa",
                    ".pem",
                    ".p12",
                    ".pfx",
                    ".key ",
                    "keystore",
                    "wallet.dat",
                    "mnemonic",
                    "seed phrase",
                    "keyshare",
                    "key_share",
                    "key-share")),
    /** A download piped straight into a shell. */
    DOWNLOAD_AND_RUN("download piped into a shell", KillChainStage.PERSISTENCE, List.of(), List.of());

    private final String label;
    private final KillChainStage stage;
    private final List<String> processes;
    private final List<String> fragments;

    SensitiveCategory(String label, KillChainStage stage, List<String> processes, List<String> fragments) {
        this.label = label;
        this.stage = stage;
        this.processes = processes;
        this.fragments = fragments;
    }

    /** A human-readable name, e.g. {@code credential store}. */
    public String label() {
        return label;
    }

    /** The kill-chain stage an unusual command of this category points to. */
    public KillChainStage stage() {
        return stage;
    }

    /** The first category the command belongs to, if any. */
    public static Optional<SensitiveCategory> classify(CommandToken token, String commandLine) {
        String line = (commandLine == null ? "" : commandLine).toLowerCase(Locale.ROOT) + " ";
        for (SensitiveCategory category : values()) {
            if (category.processes.contains(token.process())) {
                return Optional.of(category);
            }
            for (String fragment : category.fragments) {
                if (line.contains(fragment)) {
                    return Optional.of(category);
                }
            }
        }
        if (token.shape().endsWith("|sh")) {
            return Optional.of(DOWNLOAD_AND_RUN);
        }
        return Optional.empty();
    }
}
