package dev.custos.chain.intent;

/** What an intent was decoded from. */
public enum IntentSource {
    SAFE_TRANSACTION("safe_transaction"),
    RAW_TRANSACTION("raw_transaction");

    private final String wireName;

    IntentSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
