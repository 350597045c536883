package dev.custos.detect.simulation;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds ECS events (docs/EVENTS.md, dotted field names) and collects them. Each kind of event has one method, so the
 * field names live in one place.
 */
public final class EventSink {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<SimulatedEvent> events = new ArrayList<>();
    private long sequence;

    /** Starts numbering after {@code firstSequence}, so that injected events sort after same-time history. */
    public EventSink(long firstSequence) {
        if (firstSequence < 0) {
            throw new IllegalArgumentException("firstSequence is negative: " + firstSequence);
        }
        this.sequence = firstSequence;
    }

    public List<SimulatedEvent> events() {
        return List.copyOf(events);
    }

    public int size() {
        return events.size();
    }

    /** A new event with the mandatory fields; add the rest to the returned node. */
    public ObjectNode event(Instant time, String category, String action) {
        requireNonNull(time, "time is null");
        ObjectNode node = MAPPER.createObjectNode();
        node.put("@timestamp", DateTimeFormatter.ISO_INSTANT.format(time));
        node.put("event.category", category);
        node.put("event.action", action);
        events.add(new SimulatedEvent(time, sequence++, node));
        return node;
    }

    /** A login of a person from a network, device and client. */
    public ObjectNode login(Instant time, String user, Origin origin, String method, boolean success) {
        ObjectNode node = event(time, "authentication", "login");
        node.put("event.outcome", success ? "success" : "failure");
        node.put("user.name", user);
        origin.writeTo(node);
        node.put("custos.auth.method", method);
        return node;
    }

    /** A process started on a host. */
    public ObjectNode exec(Instant time, String user, String host, String process, String parent, String commandLine) {
        ObjectNode node = event(time, "process", "exec");
        node.put("user.name", user);
        node.put("host.name", host);
        node.put("process.name", process);
        node.put("process.parent.name", parent);
        node.put("process.command_line", commandLine);
        return node;
    }

    /** A wallet-API action ({@code wallet.view}, {@code wallet.share_backup_access}, ...). */
    public ObjectNode walletAccess(
            Instant time, String action, String user, Wallet wallet, double balanceUsd, Origin origin) {
        ObjectNode node = event(time, "api", action);
        node.put("event.outcome", "success");
        node.put("user.name", user);
        node.put("custos.wallet.id", wallet.id());
        node.put("custos.wallet.tier", wallet.tier());
        node.put("custos.wallet.balance_usd", Randoms.cents(balanceUsd));
        origin.writeTo(node);
        return node;
    }

    /** A signing request. */
    public ObjectNode signingRequest(
            Instant time,
            String requestId,
            String user,
            Wallet wallet,
            double balanceUsd,
            String to,
            double amountUsd) {
        ObjectNode node = event(time, "api", "signing.request");
        node.put("user.name", user);
        node.put("custos.request.id", requestId);
        node.put("custos.wallet.id", wallet.id());
        node.put("custos.wallet.tier", wallet.tier());
        node.put("custos.wallet.balance_usd", Randoms.cents(balanceUsd));
        node.put("custos.tx.chain", wallet.chain());
        node.put("custos.tx.to", to);
        node.put("custos.tx.asset", wallet.asset());
        node.put("custos.tx.amount_usd", Randoms.cents(amountUsd));
        node.put("custos.tx.amount", String.format(Locale.ROOT, "%.8f", amountUsd / usdPrice(wallet.asset())));
        return node;
    }

    /** A fixed simulated price per unit of the asset. */
    static double usdPrice(String asset) {
        return switch (asset) {
            case "BTC" -> 60_000;
            case "ETH" -> 3_000;
            default -> 1;
        };
    }

    /** A transfer out of a wallet seen on chain. */
    public ObjectNode transferOut(Instant time, Wallet wallet, String to, double amountUsd, String hash) {
        ObjectNode node = event(time, "network", "chain.transfer_out");
        node.put("custos.wallet.id", wallet.id());
        node.put("custos.tx.to", to);
        node.put("custos.tx.amount_usd", Randoms.cents(amountUsd));
        node.put("custos.tx.hash", hash);
        return node;
    }

    /** An identity change made by {@code actor} to {@code target}. */
    public ObjectNode identity(Instant time, String action, String actor, String target, String role) {
        ObjectNode node = event(time, "iam", action);
        node.put("event.outcome", "success");
        node.put("user.name", actor);
        node.put("user.target.name", target);
        if (role != null) {
            node.put("custos.role", role);
        }
        return node;
    }

    /** A governance change to a contract or policy. */
    public ObjectNode governance(
            Instant time,
            String action,
            String actor,
            Wallet wallet,
            String contract,
            String oldValue,
            String newValue) {
        ObjectNode node = event(time, "configuration", "governance." + action);
        node.put("user.name", actor);
        node.put("custos.wallet.id", wallet.id());
        node.put("custos.wallet.tier", wallet.tier());
        node.put("custos.governance.contract", contract);
        node.put("custos.governance.old_value", oldValue);
        node.put("custos.governance.new_value", newValue);
        return node;
    }

    /** A connection from a host to an external destination, as a Zeek conn record exported to Elastic. */
    public ObjectNode flow(Instant time, String host, String domain, String ip, int port, long bytesOut, long bytesIn) {
        ObjectNode node = event(time, "network", "flow");
        node.put("host.name", host);
        node.put("destination.ip", ip);
        if (domain != null) {
            node.put("destination.domain", domain);
        }
        node.put("destination.port", port);
        node.put("network.transport", "tcp");
        node.put("source.bytes", bytesOut);
        node.put("destination.bytes", bytesIn);
        return node;
    }

    /** A DNS question asked by a host. */
    public ObjectNode dns(Instant time, String host, String name, String type) {
        ObjectNode node = event(time, "network", "dns.query");
        node.put("host.name", host);
        node.put("dns.question.name", name);
        node.put("dns.question.type", type);
        return node;
    }

    /** An e-mail delivered to a person. */
    public ObjectNode email(Instant time, String user, String from, String subject) {
        ObjectNode node = event(time, "email", "received");
        node.put("user.name", user);
        node.put("email.from.address", from);
        node.put("email.subject", subject);
        return node;
    }

    /** A file event on a host ({@code download}, {@code creation}, {@code execution}, {@code package_install}). */
    public ObjectNode file(Instant time, String action, String host, String user, String path) {
        ObjectNode node = event(time, "file", action);
        node.put("host.name", host);
        if (user != null) {
            node.put("user.name", user);
        }
        if (path != null) {
            node.put("file.path", path);
        }
        return node;
    }
}
