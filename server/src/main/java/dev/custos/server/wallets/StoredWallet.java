package dev.custos.server.wallets;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.custos.coordinator.job.Wallet;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.WalletId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A wallet as the server keeps and shows it (docs/SERVER.md, "Wallets"): what the nodes generated, with its tier,
 * network and address.
 *
 * @param id the wallet id (its name), as nodes and policies name it
 * @param scheme the wire name of its scheme
 * @param tier hot, warm or cold
 * @param network for Bitcoin wallets: mainnet, testnet or regtest; null otherwise
 * @param publicKey hex: 33-byte compressed (ECDSA), 32-byte x-only internal key (Taproot), 32 bytes (Ed25519)
 * @param address EIP-55 (ECDSA), BIP341 key-path P2TR (Taproot) or base58 (Solana)
 * @param threshold how many nodes sign
 * @param nodes the nodes holding a share
 * @param publicData hex of what the nodes reported identically (kept to re-register the wallet after a restart)
 * @param createdAt RFC 3339
 */
public record StoredWallet(
        String id,
        String scheme,
        String tier,
        String network,
        @JsonProperty("public_key") String publicKey,
        String address,
        int threshold,
        List<String> nodes,
        @JsonProperty("public_data") String publicData,
        @JsonProperty("created_at") String createdAt) {
    public static final Set<String> TIERS = Set.of("hot", "warm", "cold");

    public StoredWallet {
        requireNonNull(id, "id is null");
        requireNonNull(scheme, "scheme is null");
        requireNonNull(tier, "tier is null");
        requireNonNull(publicKey, "publicKey is null");
        requireNonNull(address, "address is null");
        nodes = List.copyOf(nodes);
        requireNonNull(publicData, "publicData is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    /** The wallet as the job engine holds it. */
    public Wallet toEngineWallet() {
        Scheme parsed = Scheme.byName(scheme).orElseThrow(() -> new IllegalStateException("stored scheme " + scheme));
        return new Wallet(
                new WalletId(id),
                parsed,
                nodes,
                threshold,
                HexFormat.of().parseHex(publicKey),
                HexFormat.of().parseHex(publicData),
                parsed == Scheme.ECDSA_SECP256K1 ? Optional.of(address) : Optional.empty());
    }

    /** The scheme, typed. */
    @JsonIgnore
    public Scheme schemeValue() {
        return Scheme.byName(scheme).orElseThrow(() -> new IllegalStateException("stored scheme " + scheme));
    }
}
