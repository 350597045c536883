package dev.custos.chain.safe;

import dev.custos.chain.DecodingException;

/** How a Safe (or module) executes a call: a plain CALL, or a DELEGATECALL that runs foreign code on its own storage. */
public enum Operation {
    CALL(0, "call"),
    DELEGATECALL(1, "delegatecall");

    private final int code;
    private final String wireName;

    Operation(int code, String wireName) {
        this.code = code;
        this.wireName = wireName;
    }

    public static Operation fromCode(long code) throws DecodingException {
        if (code == 0) {
            return CALL;
        }
        if (code == 1) {
            return DELEGATECALL;
        }
        throw new DecodingException("operation must be 0 (call) or 1 (delegatecall), got " + code);
    }

    public int code() {
        return code;
    }

    /** The name used in JSON output: {@code call} or {@code delegatecall}. */
    public String wireName() {
        return wireName;
    }
}
