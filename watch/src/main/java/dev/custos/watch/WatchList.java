package dev.custos.watch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The contracts and wallets the user registered, read from a JSON file (docs/CHAINS.md, "On-chain governance
 * watcher"): {@code {"contracts":[{"address":"0x…","kind":"safe","label":"treasury","wallet":"cold-eth"}]}}, where
 * {@code wallet} is optional. Every problem is reported with the entry and the field; unknown fields are refused so
 * that a misspelt one is not silently ignored.
 */
public record WatchList(List<WatchedContract> contracts) {
    /** The most entries a list may have (each costs calls per step). */
    public static final int MAX_CONTRACTS = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("address", "kind", "label", "wallet");

    public WatchList {
        contracts = List.copyOf(Objects.requireNonNull(contracts, "contracts is null"));
        Set<Address> seen = new HashSet<>();
        for (WatchedContract contract : contracts) {
            if (!seen.add(contract.address())) {
                throw new IllegalArgumentException(contract.address() + " is registered twice");
            }
        }
    }

    /** The registered addresses. */
    public List<Address> addresses() {
        return contracts.stream().map(WatchedContract::address).toList();
    }

    /** The entry of {@code address}, if registered. */
    public Optional<WatchedContract> find(Address address) {
        return contracts.stream()
                .filter(contract -> contract.address().equals(address))
                .findFirst();
    }

    /** The entries of {@code kind}. */
    public List<WatchedContract> ofKind(ContractKind kind) {
        return contracts.stream().filter(contract -> contract.kind() == kind).toList();
    }

    /** Reads {@code file}. */
    public static WatchList read(Path file) throws InvalidWatchListException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InvalidWatchListException("contracts file " + file + " does not exist");
        } catch (IOException e) {
            throw new InvalidWatchListException("contracts file " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return parse(text);
        } catch (InvalidWatchListException e) {
            throw new InvalidWatchListException("contracts file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a watch list's JSON text. */
    public static WatchList parse(String text) throws InvalidWatchListException {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidWatchListException("is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidWatchListException("must be a JSON object with \"contracts\"");
        }
        JsonNode entries = root.get("contracts");
        if (entries == null || !entries.isArray()) {
            throw new InvalidWatchListException("\"contracts\" must be an array");
        }
        if (entries.isEmpty()) {
            throw new InvalidWatchListException("\"contracts\" is empty: register at least one contract or wallet");
        }
        if (entries.size() > MAX_CONTRACTS) {
            throw new InvalidWatchListException(
                    "\"contracts\" has " + entries.size() + " entries, more than " + MAX_CONTRACTS);
        }
        List<WatchedContract> contracts = new ArrayList<>();
        Set<Address> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            WatchedContract contract = entry(entries.get(i), "contracts[" + i + "]");
            if (!seen.add(contract.address())) {
                throw new InvalidWatchListException(
                        "contracts[" + i + "].address: " + contract.address() + " is registered twice");
            }
            contracts.add(contract);
        }
        return new WatchList(contracts);
    }

    private static WatchedContract entry(JsonNode entry, String where) throws InvalidWatchListException {
        if (!entry.isObject()) {
            throw new InvalidWatchListException(where + " must be an object");
        }
        for (Map.Entry<String, JsonNode> field : entry.properties()) {
            String name = field.getKey();
            if (!FIELDS.contains(name)) {
                throw new InvalidWatchListException(
                        where + "." + name + " is not a known field (address, kind, label, wallet)");
            }
        }
        String addressText = text(entry, "address", where);
        Address address;
        try {
            address = Address.fromHex(addressText);
        } catch (DecodingException e) {
            throw new InvalidWatchListException(where + ".address is not an address: " + e.getMessage(), e);
        }
        String kindText = text(entry, "kind", where);
        ContractKind kind = ContractKind.parse(kindText)
                .orElseThrow(() -> new InvalidWatchListException(
                        where + ".kind \"" + kindText + "\" is not one of " + ContractKind.names()));
        String label = text(entry, "label", where);
        Optional<String> wallet = entry.has("wallet") ? Optional.of(text(entry, "wallet", where)) : Optional.empty();
        try {
            return new WatchedContract(address, kind, label, wallet);
        } catch (IllegalArgumentException e) {
            throw new InvalidWatchListException(where + "." + e.getMessage(), e);
        }
    }

    private static String text(JsonNode entry, String field, String where) throws InvalidWatchListException {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull()) {
            throw new InvalidWatchListException(where + "." + field + " is missing");
        }
        if (!value.isTextual()) {
            throw new InvalidWatchListException(where + "." + field + " must be a string");
        }
        return value.asText();
    }
}
