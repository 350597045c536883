package dev.custos.chain.eip712;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.DecodingException;
import dev.custos.chain.TestResources;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.Keccak256;
import dev.custos.chain.intent.AddressBook;
import dev.custos.chain.intent.Flag;
import dev.custos.chain.intent.IntentDecoder;
import dev.custos.chain.safe.Operation;
import dev.custos.chain.safe.SafeTransaction;
import dev.custos.chain.safe.SafeTxHasher;
import dev.custos.chain.safe.SafeVersion;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypedDataDecoderTest {
    private static final TypedDataDecoder DECODER =
            new TypedDataDecoder(IntentDecoder.withWellKnownFunctions(AddressBook.empty()));
    private static final String TOKEN = "0x6b175474e89094c44da98b954eedeac495271d0f";
    private static final String SPENDER = "0x1111111254eeb25477b68fb85ed929f73a960582";
    private static final String OWNER = "0x000000000000000000000000000000000000dead";
    private static final byte[] PREFIX = {0x19, 0x01};
    // Published constants: OpenZeppelin ERC20Permit PERMIT_TYPEHASH; Uniswap Permit2 PermitHash.sol and its mainnet
    // DOMAIN_SEPARATOR (name "Permit2", chain 1, 0x000000000022D473030F116dDEE9F6B43aC78BA3).
    private static final String PERMIT_TYPEHASH = "0x6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9";
    private static final String PERMIT_DETAILS_TYPEHASH =
            "0x65626cad6cb96493bf6f5ebea28756c966f023ab9e8a83a7101849d5573b3678";
    private static final String PERMIT_SINGLE_TYPEHASH =
            "0xf3841cd1ff0085026a6327b620b67997ce40f282c88a8e905a7a5626e310f3d0";
    private static final String PERMIT_BATCH_TYPEHASH =
            "0xaf1b0d30d2cab0380e68f0689007e3254993c596f2fdd0aaa7f4d04f79440863";
    private static final String TOKEN_PERMISSIONS_TYPEHASH =
            "0x618358ac3db8dc274f0cd8829da7e234bd48cd73c4a740aede1adec9846d06a1";
    private static final String PERMIT_TRANSFER_FROM_TYPEHASH =
            "0x939c21a48a8dbe3a9a2404a1d46691e4d39f6583d6ec6b35714604c986d80106";
    private static final String PERMIT_BATCH_TRANSFER_FROM_TYPEHASH =
            "0xfcf35f5ac6a2c28868dc44c302166470266239195f02b0ee408334829333b766";
    private static final String PERMIT2_DOMAIN_SEPARATOR =
            "0x866a5aba21966af95d6c7ab78eb2b2fc913915c28be3b9aa07cc04ff903e3f28";
    private static final String PERMIT2_TYPES_DOMAIN = "\"EIP712Domain\": [{\"name\": \"name\", \"type\": \"string\"},"
            + " {\"name\": \"chainId\", \"type\": \"uint256\"}, {\"name\": \"verifyingContract\", \"type\": \"address\"}]";
    private static final String PERMIT2_DOMAIN = "\"domain\": {\"name\": \"Permit2\", \"chainId\": 1,"
            + " \"verifyingContract\": \"0x000000000022D473030F116dDEE9F6B43aC78BA3\"}";
    private static final String PERMIT_DETAILS = "\"PermitDetails\": [{\"name\": \"token\", \"type\": \"address\"},"
            + " {\"name\": \"amount\", \"type\": \"uint160\"}, {\"name\": \"expiration\", \"type\": \"uint48\"},"
            + " {\"name\": \"nonce\", \"type\": \"uint48\"}]";
    private static final String TOKEN_PERMISSIONS =
            "\"TokenPermissions\": [{\"name\": \"token\", \"type\": \"address\"},"
                    + " {\"name\": \"amount\", \"type\": \"uint256\"}]";

    @Test
    void mail_isGenericWithoutFlags() throws DecodingException {
        TypedMessage message = DECODER.decode(TestResources.text("vectors/eip712/mail.json"));

        assertThat(message.kind()).isEqualTo(TypedDataKind.GENERIC);
        assertThat(message.flags()).isEmpty();
        assertThat(message.summary()).contains("Mail", "Ether Mail", "chain 1");
    }

    @Test
    void bybitSafeTx_digestIsThePublishedSafeTxHashAndDecodesAsDelegatecall() throws DecodingException {
        TypedMessage message = DECODER.decode(TestResources.text("vectors/eip712/bybit-safe-tx-71-typed.json"));

        assertThat(message.kind()).isEqualTo(TypedDataKind.SAFE_TX);
        assertThat(message.digest().toHex())
                .isEqualTo("0xb3476d061aeb8fc1d605a873c483a2402d88a68a9cdd1a8b47655dd55ba004f8");
        assertThat(message.safeTransaction().orElseThrow().safeTxHash()).contains(message.digest());
        assertThat(message.flags()).contains(Flag.DELEGATECALL, Flag.UNKNOWN_TARGET);
        assertThat(message.summary()).contains("Safe 1.1.1");
        assertThat(message.warnings()).noneMatch(warning -> warning.contains("differs"));
    }

    @Test
    void safeTx130_digestEqualsSafeTxHasher() throws DecodingException {
        String json = """
                {"types": {"EIP712Domain": [{"name": "chainId", "type": "uint256"},
                                            {"name": "verifyingContract", "type": "address"}],
                  "SafeTx": [{"name": "to", "type": "address"}, {"name": "value", "type": "uint256"},
                    {"name": "data", "type": "bytes"}, {"name": "operation", "type": "uint8"},
                    {"name": "safeTxGas", "type": "uint256"}, {"name": "baseGas", "type": "uint256"},
                    {"name": "gasPrice", "type": "uint256"}, {"name": "gasToken", "type": "address"},
                    {"name": "refundReceiver", "type": "address"}, {"name": "nonce", "type": "uint256"}]},
                 "primaryType": "SafeTx",
                 "domain": {"chainId": 100, "verifyingContract": "0x1db92e2eebc8e0c075a02bea49a2935bcd2dfcf4"},
                 "message": {"to": "0x96221423681a6d52e184d440a8efcebb105c7242", "value": "1000", "data": "0x",
                   "operation": 0, "safeTxGas": 0, "baseGas": 0, "gasPrice": 0,
                   "gasToken": "0x0000000000000000000000000000000000000000",
                   "refundReceiver": "0x0000000000000000000000000000000000000000", "nonce": 5}}""";
        SafeTransaction transaction = new SafeTransaction(
                address("0x1db92e2eebc8e0c075a02bea49a2935bcd2dfcf4"),
                address("0x96221423681a6d52e184d440a8efcebb105c7242"),
                BigInteger.valueOf(1000),
                new byte[0],
                Operation.CALL,
                BigInteger.ZERO,
                BigInteger.ZERO,
                BigInteger.ZERO,
                Address.ZERO,
                Address.ZERO,
                BigInteger.valueOf(5),
                Optional.empty(),
                List.of());

        TypedMessage message = DECODER.decode(json);

        assertThat(message.kind()).isEqualTo(TypedDataKind.SAFE_TX);
        assertThat(message.digest())
                .isEqualTo(SafeTxHasher.safeTxHash(transaction, BigInteger.valueOf(100), new SafeVersion(1, 3, 0)));
        assertThat(message.flags()).contains(Flag.NATIVE_TRANSFER).doesNotContain(Flag.DELEGATECALL);
    }

    @Test
    void eip2612Permit_digestMatchesPublishedTypeHashAndFlagsUnlimited() throws DecodingException {
        String max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE).toString();
        String json = "{\"types\": {\"EIP712Domain\": [{\"name\": \"name\", \"type\": \"string\"},"
                + " {\"name\": \"version\", \"type\": \"string\"}, {\"name\": \"chainId\", \"type\": \"uint256\"},"
                + " {\"name\": \"verifyingContract\", \"type\": \"address\"}],"
                + " \"Permit\": [{\"name\": \"owner\", \"type\": \"address\"}, {\"name\": \"spender\", \"type\":"
                + " \"address\"}, {\"name\": \"value\", \"type\": \"uint256\"}, {\"name\": \"nonce\", \"type\":"
                + " \"uint256\"}, {\"name\": \"deadline\", \"type\": \"uint256\"}]}, \"primaryType\": \"Permit\","
                + " \"domain\": {\"name\": \"Token\", \"version\": \"1\", \"chainId\": 1, \"verifyingContract\": \""
                + TOKEN + "\"}, \"message\": {\"owner\": \"" + OWNER + "\", \"spender\": \"" + SPENDER
                + "\", \"value\": \"" + max + "\", \"nonce\": 0, \"deadline\": 1700000000}}";
        byte[] domain = Keccak256.hash(
                Keccak256.hash("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                Keccak256.hash("Token"),
                Keccak256.hash("1"),
                word(BigInteger.ONE),
                word(TOKEN));
        byte[] struct = Keccak256.hash(
                hex(PERMIT_TYPEHASH),
                word(OWNER),
                word(SPENDER),
                word(new BigInteger(max)),
                word(BigInteger.ZERO),
                word(BigInteger.valueOf(1_700_000_000)));

        TypedMessage message = DECODER.decode(json);

        assertThat(message.digest()).isEqualTo(Hash32.keccak(PREFIX, domain, struct));
        assertThat(message.kind()).isEqualTo(TypedDataKind.EIP2612_PERMIT);
        assertThat(message.flags()).containsExactlyInAnyOrder(Flag.PERMIT, Flag.UNLIMITED_APPROVAL);
        PermitGrant grant = message.grants().getFirst();
        assertThat(grant.token()).isEqualTo(address(TOKEN));
        assertThat(grant.spender()).isEqualTo(address(SPENDER));
        assertThat(message.summary()).contains("EIP-2612", "UNLIMITED", "2023-11-14T22:13:20Z");
    }

    @Test
    void daiPermit_allowedTrue_isUnlimited() throws DecodingException {
        String json = "{\"types\": {\"EIP712Domain\": [{\"name\": \"chainId\", \"type\": \"uint256\"},"
                + " {\"name\": \"verifyingContract\", \"type\": \"address\"}],"
                + " \"Permit\": [{\"name\": \"holder\", \"type\": \"address\"}, {\"name\": \"spender\", \"type\":"
                + " \"address\"}, {\"name\": \"nonce\", \"type\": \"uint256\"}, {\"name\": \"expiry\", \"type\":"
                + " \"uint256\"}, {\"name\": \"allowed\", \"type\": \"bool\"}]}, \"primaryType\": \"Permit\","
                + " \"domain\": {\"chainId\": 1, \"verifyingContract\": \"" + TOKEN
                + "\"}, \"message\": {\"holder\": \""
                + OWNER + "\", \"spender\": \"" + SPENDER + "\", \"nonce\": 3, \"expiry\": 0, \"allowed\": true}}";

        TypedMessage message = DECODER.decode(json);

        assertThat(message.kind()).isEqualTo(TypedDataKind.DAI_PERMIT);
        assertThat(message.flags()).containsExactlyInAnyOrder(Flag.PERMIT, Flag.UNLIMITED_APPROVAL);
    }

    @Test
    void permit2Single_digestMatchesPublishedConstants() throws DecodingException {
        BigInteger amount = BigInteger.ONE.shiftLeft(159).subtract(BigInteger.ONE);
        String json = "{\"types\": {" + PERMIT2_TYPES_DOMAIN + ", " + PERMIT_DETAILS
                + ", \"PermitSingle\": [{\"name\": \"details\", \"type\": \"PermitDetails\"}, {\"name\": \"spender\","
                + " \"type\": \"address\"}, {\"name\": \"sigDeadline\", \"type\": \"uint256\"}]}, \"primaryType\":"
                + " \"PermitSingle\", " + PERMIT2_DOMAIN + ", \"message\": {\"details\": {\"token\": \"" + TOKEN
                + "\", \"amount\": \"" + amount + "\", \"expiration\": 1800000000, \"nonce\": 7}, \"spender\": \""
                + SPENDER + "\", \"sigDeadline\": 1700000000}}";
        byte[] details = Keccak256.hash(
                hex(PERMIT_DETAILS_TYPEHASH),
                word(TOKEN),
                word(amount),
                word(BigInteger.valueOf(1_800_000_000)),
                word(BigInteger.valueOf(7)));
        byte[] struct = Keccak256.hash(
                hex(PERMIT_SINGLE_TYPEHASH), details, word(SPENDER), word(BigInteger.valueOf(1_700_000_000)));

        TypedMessage message = DECODER.decode(json);

        assertThat(message.domainSeparator().toHex()).isEqualTo(PERMIT2_DOMAIN_SEPARATOR);
        assertThat(message.digest()).isEqualTo(Hash32.keccak(PREFIX, hex(PERMIT2_DOMAIN_SEPARATOR), struct));
        assertThat(message.kind()).isEqualTo(TypedDataKind.PERMIT2_SINGLE);
        assertThat(message.flags()).containsExactly(Flag.PERMIT);
        assertThat(message.warnings()).isEmpty();
        assertThat(message.grants().getFirst().amount()).isEqualTo(amount);
    }

    @Test
    void permit2Batch_typeHashIsPublishedAndUnlimitedFlagged() throws DecodingException {
        BigInteger max160 = BigInteger.ONE.shiftLeft(160).subtract(BigInteger.ONE);
        String json = "{\"types\": {" + PERMIT2_TYPES_DOMAIN + ", " + PERMIT_DETAILS
                + ", \"PermitBatch\": [{\"name\": \"details\", \"type\": \"PermitDetails[]\"}, {\"name\": \"spender\","
                + " \"type\": \"address\"}, {\"name\": \"sigDeadline\", \"type\": \"uint256\"}]}, \"primaryType\":"
                + " \"PermitBatch\", " + PERMIT2_DOMAIN + ", \"message\": {\"details\": [{\"token\": \"" + TOKEN
                + "\", \"amount\": 5, \"expiration\": 0, \"nonce\": 0}, {\"token\": \"" + OWNER + "\", \"amount\": \""
                + max160 + "\", \"expiration\": 0, \"nonce\": 1}], \"spender\": \"" + SPENDER
                + "\", \"sigDeadline\": 1700000000}}";

        TypedMessage message = DECODER.decode(json);

        TypedData data = TypedDataParser.parse(json);
        assertThat(TypedDataHasher.typeHash(data, "PermitBatch").toHex()).isEqualTo(PERMIT_BATCH_TYPEHASH);
        assertThat(message.kind()).isEqualTo(TypedDataKind.PERMIT2_BATCH);
        assertThat(message.grants()).hasSize(2);
        assertThat(message.flags()).containsExactlyInAnyOrder(Flag.PERMIT, Flag.UNLIMITED_APPROVAL);
    }

    @Test
    void permit2TransferFrom_typeHashesArePublished() throws DecodingException {
        String single = "{\"types\": {" + PERMIT2_TYPES_DOMAIN + ", " + TOKEN_PERMISSIONS
                + ", \"PermitTransferFrom\": [{\"name\": \"permitted\", \"type\": \"TokenPermissions\"},"
                + " {\"name\": \"spender\", \"type\": \"address\"}, {\"name\": \"nonce\", \"type\": \"uint256\"},"
                + " {\"name\": \"deadline\", \"type\": \"uint256\"}]}, \"primaryType\": \"PermitTransferFrom\", "
                + PERMIT2_DOMAIN + ", \"message\": {\"permitted\": {\"token\": \"" + TOKEN + "\", \"amount\": 10},"
                + " \"spender\": \"" + SPENDER + "\", \"nonce\": 1, \"deadline\": 1700000000}}";
        String batch = single.replace("PermitTransferFrom", "PermitBatchTransferFrom")
                .replace("\"TokenPermissions\"}", "\"TokenPermissions[]\"}")
                .replace(
                        "{\"token\": \"" + TOKEN + "\", \"amount\": 10}",
                        "[{\"token\": \"" + TOKEN + "\", \"amount\": 10}]");

        TypedMessage first = DECODER.decode(single);
        TypedMessage second = DECODER.decode(batch);

        TypedData data = TypedDataParser.parse(single);
        assertThat(TypedDataHasher.typeHash(data, "TokenPermissions").toHex()).isEqualTo(TOKEN_PERMISSIONS_TYPEHASH);
        assertThat(TypedDataHasher.typeHash(data, "PermitTransferFrom").toHex())
                .isEqualTo(PERMIT_TRANSFER_FROM_TYPEHASH);
        assertThat(TypedDataHasher.typeHash(TypedDataParser.parse(batch), "PermitBatchTransferFrom")
                        .toHex())
                .isEqualTo(PERMIT_BATCH_TRANSFER_FROM_TYPEHASH);
        assertThat(first.kind()).isEqualTo(TypedDataKind.PERMIT2_TRANSFER_FROM);
        assertThat(second.kind()).isEqualTo(TypedDataKind.PERMIT2_BATCH_TRANSFER_FROM);
        assertThat(first.flags()).containsExactly(Flag.PERMIT);
        assertThat(first.summary()).contains("transfer 10 of token");
    }

    @Test
    void permit2_atAnotherContract_warns() throws DecodingException {
        String json = "{\"types\": {" + PERMIT2_TYPES_DOMAIN + ", " + TOKEN_PERMISSIONS
                + ", \"PermitTransferFrom\": [{\"name\": \"permitted\", \"type\": \"TokenPermissions\"},"
                + " {\"name\": \"spender\", \"type\": \"address\"}, {\"name\": \"nonce\", \"type\": \"uint256\"},"
                + " {\"name\": \"deadline\", \"type\": \"uint256\"}]}, \"primaryType\": \"PermitTransferFrom\", "
                + PERMIT2_DOMAIN.replace("0x000000000022D473030F116dDEE9F6B43aC78BA3", TOKEN)
                + ", \"message\": {\"permitted\": {\"token\": \"" + TOKEN + "\", \"amount\": 10},"
                + " \"spender\": \"" + SPENDER + "\", \"nonce\": 1, \"deadline\": 1700000000}}";

        assertThat(DECODER.decode(json).warnings()).anyMatch(warning -> warning.contains("not the canonical Permit2"));
    }

    private static byte[] word(BigInteger value) {
        byte[] word = new byte[32];
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, word, 32 - length, length);
        return word;
    }

    private static byte[] word(String address) {
        return word(new BigInteger(1, TestResources.hex(address)));
    }

    private static byte[] hex(String text) {
        return TestResources.hex(text);
    }

    private static Address address(String text) {
        return Address.of(TestResources.hex(text));
    }
}
