package dev.custos.chain.bitcoin;

/**
 * The PSBT key types the parser interprets, named as in the specifications: BIP-174 (version 0 and the common fields),
 * BIP-370 (the version 2 fields) and BIP-371 (the Taproot fields). A key type is the compact size at the start of a
 * key; each map (global, per input, per output) has its own numbering, so equal codes mean different fields in
 * different maps. Every other key type (proof-of-reserves commitment, proprietary use {@code 0xFC}, later extensions)
 * is kept as an unknown entry.
 */
final class PsbtKeyTypes {
    // Global map.
    /** BIP-174: the unsigned transaction; version 0 only. */
    static final int PSBT_GLOBAL_UNSIGNED_TX = 0x00;
    /** BIP-174: an extended public key with its origin. */
    static final int PSBT_GLOBAL_XPUB = 0x01;
    /** BIP-370: the transaction version; version 2 only. */
    static final int PSBT_GLOBAL_TX_VERSION = 0x02;
    /** BIP-370: the fallback lock time; version 2 only. */
    static final int PSBT_GLOBAL_FALLBACK_LOCKTIME = 0x03;
    /** BIP-370: the number of inputs; version 2 only. */
    static final int PSBT_GLOBAL_INPUT_COUNT = 0x04;
    /** BIP-370: the number of outputs; version 2 only. */
    static final int PSBT_GLOBAL_OUTPUT_COUNT = 0x05;
    /** BIP-370: the transaction modifiable flags; version 2 only. */
    static final int PSBT_GLOBAL_TX_MODIFIABLE = 0x06;
    /** BIP-174: the PSBT version (0 when absent). */
    static final int PSBT_GLOBAL_VERSION = 0xfb;

    // Input maps.
    /** BIP-174: the whole previous transaction. */
    static final int PSBT_IN_NON_WITNESS_UTXO = 0x00;
    /** BIP-174: the spent output (amount and scriptPubKey). */
    static final int PSBT_IN_WITNESS_UTXO = 0x01;
    /** BIP-174: an ECDSA signature, keyed by public key. */
    static final int PSBT_IN_PARTIAL_SIG = 0x02;
    /** BIP-174: the sighash type. */
    static final int PSBT_IN_SIGHASH_TYPE = 0x03;
    /** BIP-174: the redeem script. */
    static final int PSBT_IN_REDEEM_SCRIPT = 0x04;
    /** BIP-174: the witness script. */
    static final int PSBT_IN_WITNESS_SCRIPT = 0x05;
    /** BIP-174: a BIP-32 derivation, keyed by public key. */
    static final int PSBT_IN_BIP32_DERIVATION = 0x06;
    /** BIP-174: the finalized scriptSig. */
    static final int PSBT_IN_FINAL_SCRIPTSIG = 0x07;
    /** BIP-174: the finalized witness. */
    static final int PSBT_IN_FINAL_SCRIPTWITNESS = 0x08;
    /** BIP-174: a RIPEMD160 preimage, keyed by its 20-byte hash. */
    static final int PSBT_IN_RIPEMD160 = 0x0a;
    /** BIP-174: a SHA256 preimage, keyed by its 32-byte hash. */
    static final int PSBT_IN_SHA256 = 0x0b;
    /** BIP-174: a HASH160 preimage, keyed by its 20-byte hash. */
    static final int PSBT_IN_HASH160 = 0x0c;
    /** BIP-174: a HASH256 preimage, keyed by its 32-byte hash. */
    static final int PSBT_IN_HASH256 = 0x0d;
    /** BIP-370: the txid of the spent output; version 2 only. */
    static final int PSBT_IN_PREVIOUS_TXID = 0x0e;
    /** BIP-370: the index of the spent output; version 2 only. */
    static final int PSBT_IN_OUTPUT_INDEX = 0x0f;
    /** BIP-370: the sequence number; version 2 only. */
    static final int PSBT_IN_SEQUENCE = 0x10;
    /** BIP-370: the required time-based lock time; version 2 only. */
    static final int PSBT_IN_REQUIRED_TIME_LOCKTIME = 0x11;
    /** BIP-370: the required height-based lock time; version 2 only. */
    static final int PSBT_IN_REQUIRED_HEIGHT_LOCKTIME = 0x12;
    /** BIP-371: the Schnorr signature of a key path spend. */
    static final int PSBT_IN_TAP_KEY_SIG = 0x13;
    /** BIP-371: a Schnorr signature of a script path spend, keyed by x-only key and leaf hash. */
    static final int PSBT_IN_TAP_SCRIPT_SIG = 0x14;
    /** BIP-371: a leaf script, keyed by its BIP-341 control block. */
    static final int PSBT_IN_TAP_LEAF_SCRIPT = 0x15;
    /** BIP-371: a BIP-32 derivation with leaf hashes, keyed by x-only key. */
    static final int PSBT_IN_TAP_BIP32_DERIVATION = 0x16;
    /** BIP-371: the Taproot internal key. */
    static final int PSBT_IN_TAP_INTERNAL_KEY = 0x17;
    /** BIP-371: the Taproot Merkle root. */
    static final int PSBT_IN_TAP_MERKLE_ROOT = 0x18;

    // Output maps.
    /** BIP-174: the redeem script. */
    static final int PSBT_OUT_REDEEM_SCRIPT = 0x00;
    /** BIP-174: the witness script. */
    static final int PSBT_OUT_WITNESS_SCRIPT = 0x01;
    /** BIP-174: a BIP-32 derivation, keyed by public key. */
    static final int PSBT_OUT_BIP32_DERIVATION = 0x02;
    /** BIP-370: the amount in satoshis; version 2 only. */
    static final int PSBT_OUT_AMOUNT = 0x03;
    /** BIP-370: the scriptPubKey; version 2 only. */
    static final int PSBT_OUT_SCRIPT = 0x04;
    /** BIP-371: the Taproot internal key. */
    static final int PSBT_OUT_TAP_INTERNAL_KEY = 0x05;
    /** BIP-371: the Taproot script tree. */
    static final int PSBT_OUT_TAP_TREE = 0x06;
    /** BIP-371: a BIP-32 derivation with leaf hashes, keyed by x-only key. */
    static final int PSBT_OUT_TAP_BIP32_DERIVATION = 0x07;

    private PsbtKeyTypes() {}
}
