package dev.custos.chain.intent;

import dev.custos.chain.DecodingException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Why an address is in the address book. */
public enum AddressKind {
    /** An approved destination (e.g. an exchange deposit address or treasury). */
    ALLOWLISTED("allowlisted"),
    /** A contract the team knows and uses (token, MultiSend, module). */
    KNOWN_CONTRACT("known_contract"),
    /** An owner or signer of the wallet. */
    OWNER("owner");

    private final String wireName;

    AddressKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AddressKind fromWireName(String name) throws DecodingException {
        for (AddressKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw new DecodingException("unknown address kind '" + name + "'; expected one of "
                + Arrays.stream(values()).map(AddressKind::wireName).collect(Collectors.joining(", ")));
    }
}
