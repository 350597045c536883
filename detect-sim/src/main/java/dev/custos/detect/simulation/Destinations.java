package dev.custos.detect.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** The internet as the simulated hosts see it: shared services, per-role tools, and the long tail of sites. */
final class Destinations {
    /** Services every host uses (SaaS, CDNs, the EDR agent's cloud). */
    static final List<String> SHARED = List.of(
            "github.com",
            "slack.com",
            "zoom.us",
            "google.com",
            "googleapis.com",
            "office.com",
            "okta.com",
            "atlassian.net",
            "notion.so",
            "cloudflare.com",
            "akamaiedge.net",
            "fastly.net",
            "apple.com",
            "microsoft.com",
            "linkedin.com",
            "wikipedia.org",
            "stackoverflow.com",
            "1password.com",
            "dropbox.com",
            "youtube.com");
    /** What each role's work reaches besides the shared services. */
    static final List<String> ENGINEER = List.of(
            "registry.npmjs.org",
            "pypi.org",
            "files.pythonhosted.org",
            "docker.io",
            "maven.org",
            "crates.io",
            "golang.org",
            "jetbrains.com");

    static final List<String> OPS =
            List.of("amazonaws.com", "grafana.net", "pagerduty.com", "hashicorp.com", "docker.io", "datadoghq.com");
    static final List<String> KEY_HOLDER = List.of("etherscan.io", "blockstream.info", "tronscan.org", "safe.global");
    static final List<String> ADMIN = List.of("amazonaws.com", "okta.com", "hashicorp.com", "cloudflare.com");
    static final List<String> SUPPORT = List.of("zendesk.com", "intercom.io", "freshdesk.com");
    /** The endpoint agent every laptop checks in with. */
    static final String TELEMETRY = "telemetry.edr-cloud.example";
    /** The chain nodes the signer and payout hosts talk to. */
    static final List<String> CHAIN_NODES =
            List.of("eth-rpc.node-provider.example", "btc-rpc.node-provider.example", "tron-rpc.node-provider.example");
    /** The organisation's own mail domain and its vendors'. */
    static final String OWN_MAIL = "custody-corp.example";

    static final List<String> MAIL_VENDORS;

    static {
        List<String> vendors = new ArrayList<>();
        for (String vendor : List.of(
                "fireblocks",
                "chainalysis",
                "elliptic",
                "deloitte",
                "kpmg",
                "aws",
                "okta",
                "ledger",
                "trezor",
                "coinbase",
                "kraken",
                "binance",
                "circle",
                "tether",
                "paxos",
                "anchorage",
                "bitgo",
                "gemini")) {
            vendors.add(vendor + ".example");
        }
        MAIL_VENDORS = List.copyOf(vendors);
    }

    private Destinations() {}

    /** The tools of a role. */
    static List<String> of(Role role) {
        return switch (role) {
            case ENGINEER -> ENGINEER;
            case OPS -> OPS;
            case KEY_HOLDER -> KEY_HOLDER;
            case ADMIN -> ADMIN;
            case SUPPORT -> SUPPORT;
        };
    }

    /** A site of the long tail: one of 5,000, each visited by few. */
    static String longTail(RandomGenerator random) {
        return String.format(Locale.ROOT, "site%04d.example.org", random.nextInt(5_000));
    }

    /** The address a simulated name resolves to: fixed per name, in 198.18.0.0/15 (external, documentation use). */
    static String ipOf(String domain) {
        int hash = domain.hashCode();
        return "198." + (18 + ((hash >>> 16) & 1)) + "." + ((hash >>> 8) & 0xff) + "." + (1 + Math.floorMod(hash, 254));
    }
}
