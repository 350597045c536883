package dev.custos.chain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiParameter;
import dev.custos.chain.abi.AbiType;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.bitcoin.BitcoinTransaction;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.safe.MultiSendDecoder;
import dev.custos.chain.safe.MultiSendTransaction;
import dev.custos.chain.safe.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes the seed corpus of the chain fuzz targets from the test vectors (RLP, mainnet transactions, PSBTs, Safe and
 * EIP-712 JSON) and a few encodings made with the module's own encoders. Not part of the test suite (the name does not
 * match the surefire includes); rerun it after a format change:
 * {@code scripts/mvn -B verify -pl chain -Dtest=FuzzSeedCorpus -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FuzzSeedCorpus {
    private static final Path RESOURCES = Path.of("src", "test", "resources", "dev", "custos", "chain");

    @Test
    void writeSeeds() throws Exception {
        JsonNode rlp = TestResources.json("vectors/rlp/rlptest.json");
        for (String name : List.of("longList1", "listsoflists2", "dictTest1", "bigint", "longstring")) {
            write("rlp/RlpDecoderFuzzTest", "decode_anyBytes_canonicalItemOrDecodingException", name, hexOf(rlp, name));
        }

        JsonNode mainnet = TestResources.json("vectors/ethereum/mainnet-transactions.json");
        for (int i = 0; i < mainnet.size(); i++) {
            byte[] raw = TestResources.hex(mainnet.get(i).get("raw").asText());
            write(
                    "ethereum/TransactionDecoderFuzzTest",
                    "decode_anyBytes_canonicalTransactionOrDecodingException",
                    "mainnet-" + i,
                    raw);
            write(
                    "intent/RawTransactionIntentFuzzTest",
                    "decodeRawTransaction_anyBytes_intentOrDecodingException",
                    "mainnet-" + i,
                    raw);
        }

        abi();
        safe();

        String eip712 = "vectors/eip712/";
        for (String name : List.of("mail", "bybit-safe-tx-71-typed")) {
            byte[] json = TestResources.text(eip712 + name + ".json").getBytes(StandardCharsets.UTF_8);
            write("eip712/TypedDataParserFuzzTest", "parse_anyText_hashableTypedDataOrDecodingException", name, json);
            write("eip712/TypedDataDecoderFuzzTest", "decode_anyText_messageOrDecodingException", name, json);
        }

        bitcoin();

        write("intent/AddressBookFuzzTest", "parse_anyText_addressBookOrDecodingException", "entries", utf8("""
                {"entries": [
                  {"address": "0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3", "label": "Cold storage",
                   "kind": "allowlisted"},
                  {"address": "0x000000000022d473030f116ddee9f6b43ac78ba3", "label": "Permit2",
                   "kind": "known_contract"}
                ]}
                """));
    }

    private static void abi() throws Exception {
        Address address = Address.fromHex("0x88a1493366D48225fc3cEFbdae9eBb23E323Ade3");
        AbiFunction transfer = AbiFunction.parse("transfer(address to,uint256 amount)");
        byte[] transferArguments = encode(
                transfer,
                List.of(new AbiValue.AddressValue(address), new AbiValue.NumberValue(BigInteger.valueOf(1_000_000))));
        byte[] transferCall = concat(transfer.selector(), transferArguments);
        String registry = "decode_anyCalldata_stableArgumentsOrDecodingException";
        write("abi/FunctionRegistryFuzzTest", registry, "transfer", transferCall);
        String decoder = "decodeArguments_anyTypesAndData_stableArgumentsOrDecodingException";
        write(
                "abi/AbiDecoderFuzzTest",
                decoder,
                "transfer",
                concat(utf8("transfer(address,uint256)\n"), transferArguments));

        AbiFunction nested = AbiFunction.parse("f(bytes,uint256[],(address,string)[2],bool,int8,bytes4)");
        AbiValue pair = new AbiValue.TupleValue(List.of(
                new AbiArgument("", new AbiType.AddressType(), new AbiValue.AddressValue(address)),
                new AbiArgument("", new AbiType.StringType(), new AbiValue.StringValue("custos"))));
        byte[] nestedArguments = encode(
                nested,
                List.of(
                        new AbiValue.BytesValue(new byte[] {1, 2, 3}),
                        new AbiValue.ArrayValue(List.of(
                                new AbiValue.NumberValue(BigInteger.ONE), new AbiValue.NumberValue(BigInteger.TWO))),
                        new AbiValue.ArrayValue(List.of(pair, pair)),
                        new AbiValue.BoolValue(true),
                        new AbiValue.NumberValue(BigInteger.valueOf(-5)),
                        new AbiValue.BytesValue(new byte[] {(byte) 0xca, (byte) 0xfe, 0x00, 0x01})));
        write(
                "abi/AbiDecoderFuzzTest",
                decoder,
                "nested",
                concat(utf8("f(bytes,uint256[],(address,string)[2],bool,int8,bytes4)\n"), nestedArguments));

        byte[] batch = MultiSendDecoder.encode(List.of(
                new MultiSendTransaction(Operation.CALL, address, BigInteger.TEN, transferCall),
                new MultiSendTransaction(Operation.DELEGATECALL, address, BigInteger.ZERO, new byte[0])));
        write("safe/MultiSendDecoderFuzzTest", "decode_anyBytes_canonicalBatchOrDecodingException", "batch", batch);
        AbiFunction multiSend = AbiFunction.parse("multiSend(bytes transactions)");
        write(
                "abi/FunctionRegistryFuzzTest",
                registry,
                "multisend",
                concat(multiSend.selector(), encode(multiSend, List.of(new AbiValue.BytesValue(batch)))));
    }

    private static void safe() throws IOException {
        write(
                "safe/SafeTransactionParserFuzzTest",
                "parse_anyText_hashableTransactionsOrDecodingException",
                "bybit-safe-tx-71",
                utf8(TestResources.text("vectors/safe/bybit-safe-tx-71.json")));
        for (String version : List.of("1.3.0", "1.4.1", "v1.1.1")) {
            write("safe/SafeVersionFuzzTest", "parse_anyText_versionOrDecodingException", version, utf8(version));
        }
    }

    private static void bitcoin() throws Exception {
        String psbt = "parse_anyBytes_decodablePsbtOrDecodingException";
        JsonNode v0 = TestResources.json("vectors/bitcoin/bip0174-vectors.json").get("valid");
        JsonNode v2 = TestResources.json("vectors/bitcoin/bip0370-vectors.json").get("valid");
        for (int i = 0; i < 3; i++) {
            write(
                    "bitcoin/PsbtParserFuzzTest",
                    psbt,
                    "bip174-" + i,
                    TestResources.hex(v0.get(i).get("hex").asText()));
            write(
                    "bitcoin/PsbtParserFuzzTest",
                    psbt,
                    "bip370-" + i,
                    TestResources.hex(v2.get(i).get("hex").asText()));
        }
        byte[] legacy =
                unsignedTransaction(TestResources.hex(v0.get(0).get("hex").asText()));
        String transaction = "parse_anyBytes_canonicalTransactionOrDecodingException";
        write("bitcoin/BitcoinTransactionFuzzTest", transaction, "legacy", legacy);
        write("bitcoin/BitcoinTransactionFuzzTest", transaction, "segwit", withWitness(legacy));
    }

    /** The unsigned transaction of a version 0 PSBT whose first global entry it is (key 0x00, one-byte length). */
    private static byte[] unsignedTransaction(byte[] psbt) {
        int length = psbt[7] & 0xff;
        return Arrays.copyOfRange(psbt, 8, 8 + length);
    }

    /** {@code legacy} in the witness serialization, with a one-item witness stack per input. */
    private static byte[] withWitness(byte[] legacy) throws DecodingException {
        int inputs = BitcoinTransaction.parse(legacy, false, 0).inputs().size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(legacy, 0, 4);
        out.writeBytes(new byte[] {0x00, 0x01});
        out.write(legacy, 4, legacy.length - 8);
        for (int i = 0; i < inputs; i++) {
            out.writeBytes(new byte[] {0x01, 0x02, (byte) 0xab, (byte) 0xcd});
        }
        out.write(legacy, legacy.length - 4, 4);
        return out.toByteArray();
    }

    private static byte[] encode(AbiFunction function, List<AbiValue> values) {
        return AbiEncoder.encode(
                function.parameters().stream().map(AbiParameter::type).toList(), values);
    }

    private static byte[] hexOf(JsonNode vectors, String name) {
        return TestResources.hex(vectors.get(name).get("out").asText());
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] out = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, out, first.length, second.length);
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void write(String testClass, String method, String name, byte[] seed) throws IOException {
        Path directory = RESOURCES.resolve(testClass + "Inputs").resolve(method);
        Files.createDirectories(directory);
        Files.write(directory.resolve("seed-" + name), seed);
    }
}
