package dev.custos.policy.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.solana.SolanaAddress;
import dev.custos.policy.PolicyInputException;
import dev.custos.types.WalletTier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the parts of a policy document the node needs to decide on its own: {@code wallets}, {@code prices}, {@code
 * detection} and the {@code standard} of known contracts. Every part is optional, so documents written before them
 * still parse (then every wallet is unknown, every asset unpriced and every verdict unverified).
 */
final class PolicyFacts {
    private static final Set<String> WALLET_FIELDS =
            Set.of("id", "tier", "chain", "own_addresses", "bip32_fingerprints", "own_scripts");
    private static final Set<String> PRICES_FIELDS = Set.of("as_of", "assets", "unpriced");
    private static final Set<String> PRICE_FIELDS = Set.of("chain", "asset", "usd", "decimals");
    private static final Set<String> DETECTION_FIELDS = Set.of("verdict_key", "unverified");
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");
    private static final Set<String> STANDARDS = Set.of("erc20", "erc721", "erc1155", "multisend");

    private PolicyFacts() {}

    static List<Wallet> wallets(JsonNode root) {
        List<Wallet> wallets = new ArrayList<>();
        for (JsonNode node : Fields.array(root, "wallets")) {
            String id = Fields.requiredText(node, "id");
            PolicyParser.checkFields(node, WALLET_FIELDS, "wallet '" + id + "'");
            String tierText = Fields.requiredText(node, "tier");
            WalletTier tier = WalletTier.fromWireName(tierText)
                    .orElseThrow(() -> new PolicyInputException(
                            "wallet '" + id + "': tier must be hot, warm or cold, got '" + tierText + "'"));
            List<String> fingerprints = Fields.texts(node, "bip32_fingerprints");
            for (String fingerprint : fingerprints) {
                if (!fingerprint.toLowerCase(Locale.ROOT).matches("[0-9a-f]{8}")) {
                    throw new PolicyInputException(
                            "wallet '" + id + "': bip32_fingerprints entry '" + fingerprint + "' is not 8 hex digits");
                }
            }
            List<String> scripts = Fields.texts(node, "own_scripts");
            scripts.forEach(script -> hex(script, "wallet '" + id + "': own_scripts entry"));
            wallets.add(new Wallet(
                    id,
                    tier,
                    Fields.optionalText(node, "chain", "ethereum"),
                    Fields.texts(node, "own_addresses"),
                    fingerprints,
                    scripts));
        }
        return wallets;
    }

    static PriceTable prices(JsonNode root) {
        JsonNode node = root.get("prices");
        if (node == null || node.isNull()) {
            return PriceTable.EMPTY;
        }
        PolicyParser.checkFields(node, PRICES_FIELDS, "prices");
        Optional<LocalDate> asOf = Optional.empty();
        String date = Fields.optionalText(node, "as_of", "");
        if (!date.isEmpty()) {
            try {
                asOf = Optional.of(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new PolicyInputException("prices.as_of is not a date (YYYY-MM-DD): " + date, e);
            }
        }
        List<Price> prices = new ArrayList<>();
        for (JsonNode entry : Fields.array(node, "assets")) {
            String asset = Fields.requiredText(entry, "asset");
            PolicyParser.checkFields(entry, PRICE_FIELDS, "prices.assets entry '" + asset + "'");
            JsonNode usd = entry.get("usd");
            if (usd == null || !usd.isTextual()) {
                throw new PolicyInputException("prices.assets entry '" + asset
                        + "': usd must be a decimal string such as \"1.00\" (no floating point)");
            }
            BigDecimal perUnit;
            try {
                perUnit = new BigDecimal(usd.asText());
            } catch (NumberFormatException e) {
                throw new PolicyInputException(
                        "prices.assets entry '" + asset + "': usd is not a decimal: " + usd.asText(), e);
            }
            String chain = Fields.optionalText(entry, "chain", "ethereum");
            String lower = asset.strip().toLowerCase(Locale.ROOT);
            boolean valid = switch (chain) {
                case "ethereum" ->
                    lower.equals("native") || ADDRESS.matcher(lower).matches();
                case "bitcoin" -> lower.equals("btc");
                case "solana" -> lower.equals("native") || isSolanaAddress(asset.strip());
                default ->
                    throw new PolicyInputException("prices.assets entry '" + asset
                            + "': chain must be ethereum, bitcoin or solana, got '" + chain + "'");
            };
            if (!valid) {
                throw new PolicyInputException("prices.assets entry '" + asset + "': on " + chain
                        + " the asset must be "
                        + switch (chain) {
                            case "bitcoin" -> "btc";
                            case "solana" -> "native or a token mint address (base58 of 32 bytes)";
                            default -> "native or a 0x token contract address (40 hex digits)";
                        });
            }
            prices.add(new Price(chain, asset, perUnit, (int) Fields.requiredLong(entry, "decimals")));
        }
        Effect unpriced =
                node.has("unpriced") ? effect(node.get("unpriced"), "prices.unpriced") : PriceTable.DEFAULT_UNPRICED;
        return new PriceTable(asOf, prices, unpriced);
    }

    static Detection detection(JsonNode root) {
        JsonNode node = root.get("detection");
        if (node == null || node.isNull()) {
            return Detection.NONE;
        }
        PolicyParser.checkFields(node, DETECTION_FIELDS, "detection");
        String key = Fields.optionalText(node, "verdict_key", "");
        Optional<byte[]> verdictKey = key.isEmpty() ? Optional.empty() : Optional.of(hex(key, "detection.verdict_key"));
        Effect unverified = node.has("unverified")
                ? effect(node.get("unverified"), "detection.unverified")
                : Detection.DEFAULT_UNVERIFIED;
        return new Detection(verdictKey, unverified);
    }

    static Map<String, String> contractStandards(JsonNode root) {
        Map<String, String> standards = new LinkedHashMap<>();
        for (JsonNode node : Fields.array(root, "known_contracts")) {
            String standard = Fields.optionalText(node, "standard", "");
            if (standard.isEmpty()) {
                continue;
            }
            String address = Fields.requiredText(node, "address").strip().toLowerCase(Locale.ROOT);
            if (!ADDRESS.matcher(address).matches()) {
                throw new PolicyInputException(
                        "known contract " + address + ": a standard needs a 0x address of 40 hex digits");
            }
            if (!STANDARDS.contains(standard)) {
                throw new PolicyInputException("known contract " + address
                        + ": standard must be erc20, erc721, erc1155 or multisend, got '" + standard + "'");
            }
            standards.put(address, standard);
        }
        return standards;
    }

    private static Effect effect(JsonNode node, String where) {
        try {
            Effect effect = PolicyParser.effect(node);
            if (effect instanceof Effect.Allow) {
                throw new IllegalArgumentException("may not be allow (that would treat the missing fact as harmless)");
            }
            return effect;
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static byte[] hex(String text, String where) {
        String digits = text.startsWith("0x") ? text.substring(2) : text;
        try {
            byte[] bytes = HexFormat.of().parseHex(digits);
            if (bytes.length == 0) {
                throw new PolicyInputException(where + " is empty");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new PolicyInputException(where + " is not hex: " + text, e);
        }
    }

    private static boolean isSolanaAddress(String text) {
        try {
            SolanaAddress.fromBase58(text);
            return true;
        } catch (DecodingException e) {
            return false;
        }
    }
}
