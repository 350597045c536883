package dev.custos.detect.simulation;

import java.util.List;
import java.util.Locale;

/** What a person does, and so which commands, wallets and hosts they touch. */
@SuppressWarnings("ImmutableEnumChecker") // the lists are List.of: unmodifiable, which the checker cannot see in List
public enum Role {
    ENGINEER(0.45, List.of("git", "code", "node", "npm", "java", "mvn", "docker", "python3", "ssh", "make")),
    OPS(0.18, List.of("kubectl", "terraform", "helm", "ssh", "journalctl", "systemctl", "psql", "vault", "top")),
    KEY_HOLDER(0.07, List.of("custos-signer", "ssh", "journalctl", "custos")),
    ADMIN(0.05, List.of("aws", "terraform", "okta", "git", "ssh")),
    SUPPORT(0.25, List.of());

    private final double share;
    private final List<String> commands;

    Role(double share, List<String> commands) {
        this.share = share;
        this.commands = commands;
    }

    /** The share of the organisation in this role. */
    public double share() {
        return share;
    }

    /** The processes this role runs on its hosts (empty: browser only). */
    public List<String> commands() {
        return commands;
    }

    /** The {@code custos.role} label. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
