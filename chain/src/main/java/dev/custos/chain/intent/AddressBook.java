package dev.custos.chain.intent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.json.JsonInput;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The addresses a team knows. A call to any other address is flagged {@code unknown_target}. JSON form: {@code
 * {"entries": [{"address": "0x…", "label": "…", "kind": "allowlisted|known_contract|owner"}]}} or the bare array of
 * entries. Duplicate addresses are rejected.
 */
public final class AddressBook {
    private static final AddressBook EMPTY = new AddressBook(Map.of());
    private static final int MAX_LABEL_LENGTH = 200;

    private final Map<Address, AddressBookEntry> entries;

    private AddressBook(Map<Address, AddressBookEntry> entries) {
        this.entries = entries;
    }

    public static AddressBook empty() {
        return EMPTY;
    }

    public static AddressBook of(Collection<AddressBookEntry> entries) {
        Objects.requireNonNull(entries, "entries is null");
        Map<Address, AddressBookEntry> map = new LinkedHashMap<>();
        for (AddressBookEntry entry : entries) {
            if (map.putIfAbsent(entry.address(), entry) != null) {
                throw new IllegalArgumentException("duplicate address " + entry.address());
            }
        }
        return new AddressBook(Map.copyOf(map));
    }

    public static AddressBook parse(String json) throws DecodingException {
        JsonNode root = JsonInput.parse(json);
        JsonNode array = root.isObject() ? JsonInput.required(root, "entries", "") : root;
        if (!array.isArray()) {
            throw new DecodingException("address book must be an array of entries or an object with \"entries\"");
        }
        Map<Address, AddressBookEntry> map = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "entries[" + i + "].";
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                throw new DecodingException("entries[" + i + "] must be an object");
            }
            Address address = JsonInput.address(JsonInput.required(node, "address", path), path + "address");
            String label = JsonInput.text(JsonInput.required(node, "label", path), path + "label")
                    .strip();
            if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || !printable(label)) {
                throw new DecodingException(path + "label must be 1 to " + MAX_LABEL_LENGTH
                        + " characters without control or formatting characters");
            }
            AddressKind kind;
            try {
                kind = AddressKind.fromWireName(JsonInput.text(JsonInput.required(node, "kind", path), path + "kind"));
            } catch (DecodingException e) {
                throw new DecodingException(path + "kind", e);
            }
            if (map.putIfAbsent(address, new AddressBookEntry(address, label, kind)) != null) {
                throw new DecodingException(path + "address " + address + " appears twice in the address book");
            }
        }
        return new AddressBook(Map.copyOf(map));
    }

    public Optional<AddressBookEntry> lookup(Address address) {
        return Optional.ofNullable(entries.get(Objects.requireNonNull(address, "address is null")));
    }

    public List<AddressBookEntry> entries() {
        return List.copyOf(entries.values());
    }

    private static boolean printable(String text) {
        return text.codePoints()
                .noneMatch(point -> Character.isISOControl(point) || Character.getType(point) == Character.FORMAT);
    }
}
