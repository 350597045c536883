package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.TestResources;
import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.ByteVector32;
import fr.acinq.bitcoin.Crypto;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxOut;
import fr.acinq.bitcoin.XonlyPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The BIP341 key-path sighash against BIP341's wallet test vectors and bitcoin-kmp's implementation. */
class TaprootSighashTest {
    private static final JsonNode VECTORS = TestResources.json("vectors/bitcoin/bip341-wallet-test-vectors.json");

    static List<Arguments> keyPathInputs() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode vector : VECTORS.get("keyPathSpending")) {
            for (JsonNode input : vector.get("inputSpending")) {
                out.add(Arguments.of(
                        input.get("given").get("txinIndex").asInt(),
                        input.get("given").get("hashType").asInt(),
                        vector,
                        input));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "input {0}, hash type {1}")
    @MethodSource("keyPathInputs")
    void keyPath_bip341WalletVector_matchesPublishedSighash(int index, int hashType, JsonNode vector, JsonNode input)
            throws DecodingException {
        BitcoinTransaction transaction =
                BitcoinTransaction.parse(hex(vector.get("given").get("rawUnsignedTx")), false, 0);
        List<TxOutput> spent = spent(vector);

        byte[] sighash = TaprootSighash.keyPath(transaction, spent, index, hashType);

        assertThat(Hex.encodeWithoutPrefix(sighash))
                .isEqualTo(input.get("intermediary").get("sigHash").asText());
    }

    @Test
    void keyPath_wrongAmountOfAnotherInput_changesTheSighash() throws DecodingException {
        JsonNode vector = VECTORS.get("keyPathSpending").get(0);
        BitcoinTransaction transaction =
                BitcoinTransaction.parse(hex(vector.get("given").get("rawUnsignedTx")), false, 0);
        List<TxOutput> spent = new ArrayList<>(spent(vector));
        byte[] honest = TaprootSighash.keyPath(transaction, spent, 3, TaprootSighash.DEFAULT);
        spent.set(5, new TxOutput(spent.get(5).amount() + 1, spent.get(5).scriptPubKey()));

        assertThat(TaprootSighash.keyPath(transaction, spent, 3, TaprootSighash.DEFAULT))
                .isNotEqualTo(honest);
    }

    @Test
    void keyPath_undefinedHashTypeOrMissingOutputs_isRefusedNamingWhy() throws DecodingException {
        JsonNode vector = VECTORS.get("keyPathSpending").get(0);
        BitcoinTransaction transaction =
                BitcoinTransaction.parse(hex(vector.get("given").get("rawUnsignedTx")), false, 0);
        List<TxOutput> spent = spent(vector);

        assertThatThrownBy(() -> TaprootSighash.keyPath(transaction, spent, 0, 0x04))
                .hasMessageContaining("hash type 0x4");
        assertThatThrownBy(() -> TaprootSighash.keyPath(transaction, spent.subList(0, 8), 0, 0))
                .hasMessageContaining("9 inputs but 8 spent outputs");
        assertThatThrownBy(() -> TaprootSighash.keyPath(transaction, spent, 4, TaprootSighash.SINGLE))
                .hasMessageContaining("SIGHASH_SINGLE for input 4");
    }

    @Test
    void keyPath_randomTransactions_equalBitcoinKmp() throws DecodingException {
        Random random = new Random(341);
        int[] types = {0x00, 0x01, 0x02, 0x03, 0x81, 0x82, 0x83};
        for (int round = 0; round < 40; round++) {
            List<TxInput> inputs = new ArrayList<>();
            List<TxOutput> spent = new ArrayList<>();
            int inputCount = 1 + random.nextInt(4);
            for (int i = 0; i < inputCount; i++) {
                inputs.add(new TxInput(
                        Txid.fromInternal(bytes(random, 32)), random.nextInt(5), new byte[0], random.nextInt()));
                byte[] key = bytes(random, 32);
                spent.add(new TxOutput(1 + random.nextInt(1_000_000_000), PsbtSpend.p2trScript(key)));
            }
            List<TxOutput> outputs = new ArrayList<>();
            for (int i = 0; i < inputCount + random.nextInt(3); i++) {
                outputs.add(new TxOutput(random.nextInt(1_000_000), bytes(random, 22 + random.nextInt(13))));
            }
            BitcoinTransaction transaction =
                    new BitcoinTransaction(2, inputs, outputs, random.nextInt(1_000_000), false);
            Transaction kmp = Transaction.read(transaction.serializeWithoutWitness());
            List<TxOut> kmpSpent = spent.stream()
                    .map(out -> new TxOut(new Satoshi(out.amount()), new ByteVector(out.scriptPubKey())))
                    .toList();
            int index = random.nextInt(inputCount);
            int hashType = types[random.nextInt(types.length)];

            byte[] ours = TaprootSighash.keyPath(transaction, spent, index, hashType);
            byte[] theirs = Transaction.Companion.hashForSigningTaprootKeyPath(kmp, index, kmpSpent, hashType, null)
                    .toByteArray();

            assertThat(ours)
                    .as("round %d, input %d, type %x", round, index, hashType)
                    .isEqualTo(theirs);
        }
    }

    static List<Arguments> corpus() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode entry : TestResources.json("vectors/bitcoin/taproot-keypath-corpus.json")) {
            out.add(Arguments.of(entry.get("comment").asText(), entry));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void keyPath_bitcoinCoreFunctionalCorpus_signatureVerifiesForOurSighash(String comment, JsonNode entry)
            throws DecodingException {
        BitcoinTransaction transaction = BitcoinTransaction.parse(hex(entry.get("tx")), true, 0);
        List<TxOutput> spent = new ArrayList<>();
        for (JsonNode prevout : entry.get("prevouts")) {
            byte[] bytes = hex(prevout);
            long amount = 0;
            for (int i = 7; i >= 0; i--) {
                amount = amount << 8 | (bytes[i] & 0xffL);
            }
            spent.add(new TxOutput(amount, Arrays.copyOfRange(bytes, 9, bytes.length)));
        }
        int index = entry.get("index").asInt();
        byte[] signature = hex(entry.get("signature"));
        int hashType = signature.length == 65 ? signature[64] & 0xff : TaprootSighash.DEFAULT;
        byte[] outputKey = Arrays.copyOfRange(spent.get(index).scriptPubKey(), 2, 34);

        byte[] sighash = TaprootSighash.keyPath(transaction, spent, index, hashType);

        assertThat(Crypto.verifySignatureSchnorr(
                        new ByteVector32(sighash),
                        new ByteVector(Arrays.copyOf(signature, 64)),
                        new XonlyPublicKey(new ByteVector32(outputKey))))
                .isTrue();
        sighash[0] ^= 1;
        assertThat(Crypto.verifySignatureSchnorr(
                        new ByteVector32(sighash),
                        new ByteVector(Arrays.copyOf(signature, 64)),
                        new XonlyPublicKey(new ByteVector32(outputKey))))
                .isFalse();
    }

    private static List<TxOutput> spent(JsonNode vector) {
        List<TxOutput> spent = new ArrayList<>();
        for (JsonNode utxo : vector.get("given").get("utxosSpent")) {
            spent.add(new TxOutput(utxo.get("amountSats").asLong(), hex(utxo.get("scriptPubKey"))));
        }
        return spent;
    }

    private static byte[] hex(JsonNode node) {
        return TestResources.hex(node.asText());
    }

    private static byte[] bytes(Random random, int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }
}
