package dev.custos.chain.bitcoin;

/** The standard output script templates. */
public enum ScriptType {
    P2PKH("p2pkh"),
    P2SH("p2sh"),
    P2WPKH("p2wpkh"),
    P2WSH("p2wsh"),
    P2TR("p2tr"),
    OP_RETURN("op_return"),
    UNKNOWN("unknown");

    private final String wireName;

    ScriptType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
