package dev.custos.server.wallets;

import static java.util.Objects.requireNonNull;

import dev.custos.coordinator.job.JobFailedException;
import dev.custos.coordinator.job.Wallet;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import dev.custos.server.access.Caller;
import dev.custos.server.access.Role;
import dev.custos.server.api.ApiException;
import dev.custos.server.api.Call;
import dev.custos.server.api.JsonFields;
import dev.custos.server.api.Reply;
import dev.custos.server.api.Route;
import dev.custos.server.api.StrictJson;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.signing.SignerCluster;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code /v1/wallets}: an admin creates a wallet by a distributed key generation across every node of the committee;
 * anyone with a token reads them.
 */
public final class WalletRoutes {
    private static final Set<String> CREATE_FIELDS = Set.of("name", "scheme", "tier", "network");
    private static final Duration KEY_GENERATION_TIMEOUT = Duration.ofMinutes(2);

    private final WalletStore wallets;
    private final SignerCluster cluster;
    private final AuditTrail audit;
    private final Clock clock;
    private final Set<String> generating = ConcurrentHashMap.newKeySet();

    public WalletRoutes(WalletStore wallets, SignerCluster cluster, AuditTrail audit, Clock clock) {
        this.wallets = requireNonNull(wallets, "wallets is null");
        this.cluster = requireNonNull(cluster, "cluster is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public List<Route> routes() {
        return List.of(
                Route.create("/v1/wallets", this::create),
                Route.get("/v1/wallets", this::list),
                Route.get("/v1/wallets/{id}", this::get));
    }

    private Reply create(Call call) {
        Caller admin = call.requireRole(Role.ADMIN);
        JsonFields body = JsonFields.of(StrictJson.tree(call.body()), CREATE_FIELDS);
        String name = body.text("name");
        WalletId id;
        try {
            id = new WalletId(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("field 'name': " + e.getMessage());
        }
        String schemeName = body.text("scheme");
        Scheme scheme = Scheme.byName(schemeName)
                .orElseThrow(() -> ApiException.badRequest(
                        "field 'scheme' must be one of ecdsa-secp256k1, frost-secp256k1-tr, frost-ed25519, not '"
                                + schemeName + "'"));
        String tier = body.text("tier");
        if (!StoredWallet.TIERS.contains(tier)) {
            throw ApiException.badRequest("field 'tier' must be one of hot, warm, cold, not '" + tier + "'");
        }
        String network = null;
        if (scheme == Scheme.FROST_SECP256K1_TR) {
            network = body.optionalText("network").orElse("mainnet");
            try {
                WalletAddresses.network(network);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(
                        "field 'network' must be one of mainnet, testnet, regtest, not '" + network + "'");
            }
        } else if (body.has("network")) {
            throw ApiException.badRequest("field 'network' applies to Bitcoin (frost-secp256k1-tr) wallets only");
        }
        if (wallets.find(name).isPresent()) {
            throw ApiException.conflict("a wallet named '" + name + "' exists already");
        }
        if (!generating.add(name)) {
            throw ApiException.conflict("a wallet named '" + name + "' is being generated");
        }
        try {
            StoredWallet stored = generate(id, scheme, tier, network);
            if (!wallets.add(stored)) {
                throw ApiException.conflict("a wallet named '" + name + "' exists already");
            }
            audit.record(
                    admin.name(),
                    "wallet.created",
                    name,
                    Map.of(
                            "scheme", scheme.wireName(),
                            "tier", tier,
                            "public_key", stored.publicKey(),
                            "address", stored.address(),
                            "threshold", stored.threshold(),
                            "nodes", stored.nodes()));
            return Reply.created(stored);
        } finally {
            generating.remove(name);
        }
    }

    private StoredWallet generate(WalletId id, Scheme scheme, String tier, String network) {
        List<String> holders = cluster.nodeNames();
        Wallet wallet;
        try {
            wallet = cluster.engine()
                    .generateKey(id, scheme, cluster.threshold(), holders)
                    .get(KEY_GENERATION_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "unavailable", "interrupted while the nodes generated the key");
        } catch (TimeoutException e) {
            throw new ApiException(
                    503,
                    "unavailable",
                    "the nodes did not finish the key generation within " + KEY_GENERATION_TIMEOUT.toSeconds()
                            + " s (connected: " + cluster.connectedNodes() + ")");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof JobFailedException ? cause.getMessage() : String.valueOf(cause);
            throw new ApiException(503, "unavailable", "the key generation failed: " + why);
        }
        String address = WalletAddresses.of(
                wallet, network == null ? dev.custos.chain.bitcoin.Network.MAINNET : WalletAddresses.network(network));
        return new StoredWallet(
                id.value(),
                scheme.wireName(),
                tier,
                network,
                HexFormat.of().formatHex(wallet.publicKey()),
                address,
                wallet.threshold(),
                wallet.holders(),
                HexFormat.of().formatHex(wallet.publicData()),
                clock.instant().toString());
    }

    private Reply list(Call call) {
        call.requireCaller();
        return Reply.ok(Map.of("wallets", wallets.all()));
    }

    private Reply get(Call call) {
        call.requireCaller();
        String id = call.path("id");
        return Reply.ok(wallets.find(id).orElseThrow(() -> ApiException.notFound("no wallet '" + id + "'")));
    }
}
