package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.TestResources;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.SigVersion;
import fr.acinq.bitcoin.Transaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The BIP143 P2WPKH sighash against BIP143's native P2WPKH example and bitcoin-kmp. */
class SegwitV0SighashTest {
    private static final byte[] PUBLIC_KEY =
            TestResources.hex("025476c2e83188368da1ff3e292e7acafcdb3566bb0ad253f62fc70f07aeee6357");

    @Test
    void p2wpkh_bip143NativeExample_matchesPublishedSighash() throws DecodingException {
        BitcoinTransaction transaction = BitcoinTransaction.parse(
                TestResources.hex("0100000002fff7f7881a8099afa6940d42d1e7f6362bec38171ea3edf433541db4e4ad969f0000000000"
                        + "eeffffffef51e1b804cc89d182d279655c3aa89e815b1b309fe287d9b2b55d57b90ec68a0100000000ffffffff02"
                        + "202cb206000000001976a9148280b37df378db99f66f85c95a783a76ac7a6d5988ac9093510d000000001976a914"
                        + "3bde42dbee7e4dbe6a21b2d50ce2f0167faa815988ac11000000"),
                false,
                0);

        byte[] sighash = SegwitV0Sighash.p2wpkh(transaction, 1, PUBLIC_KEY, 600_000_000L, TaprootSighash.ALL);

        assertThat(Hex.encodeWithoutPrefix(sighash))
                .isEqualTo("c37af31116d1b27caf68aae9e3ac82f1477929014d5b917657d0eb49478cb670");
        assertThat(Hex.encodeWithoutPrefix(SegwitV0Sighash.p2wpkhScript(PUBLIC_KEY)))
                .isEqualTo("00141d0f172a0ecb48aee1be1f2687d2963ae33f71a1");
        assertThatThrownBy(() -> SegwitV0Sighash.p2wpkh(transaction, 1, PUBLIC_KEY, 1, TaprootSighash.DEFAULT))
                .hasMessageContaining("not a BIP143 hash type");
    }

    @Test
    void p2wpkh_randomTransactions_equalBitcoinKmp() throws DecodingException {
        Random random = new Random(143);
        int[] types = {0x01, 0x02, 0x03, 0x81, 0x82, 0x83};
        byte[] scriptCode =
                TestResources.hex("76a914" + Hex.encodeWithoutPrefix(SegwitV0Sighash.hash160(PUBLIC_KEY)) + "88ac");
        for (int round = 0; round < 40; round++) {
            List<TxInput> inputs = new ArrayList<>();
            int inputCount = 1 + random.nextInt(4);
            for (int i = 0; i < inputCount; i++) {
                byte[] txid = new byte[32];
                random.nextBytes(txid);
                inputs.add(new TxInput(Txid.fromInternal(txid), random.nextInt(5), new byte[0], random.nextInt()));
            }
            List<TxOutput> outputs = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                byte[] script = new byte[22];
                random.nextBytes(script);
                outputs.add(new TxOutput(random.nextInt(1_000_000), script));
            }
            BitcoinTransaction transaction = new BitcoinTransaction(2, inputs, outputs, random.nextInt(), false);
            int index = random.nextInt(inputCount);
            int type = types[random.nextInt(types.length)];
            long amount = 1 + random.nextInt(1_000_000_000);

            byte[] ours = SegwitV0Sighash.p2wpkh(transaction, index, PUBLIC_KEY, amount, type);
            byte[] theirs = Transaction.Companion.hashForSigning(
                    Transaction.read(transaction.serializeWithoutWitness()),
                    index,
                    scriptCode,
                    type,
                    new Satoshi(amount),
                    SigVersion.SIGVERSION_WITNESS_V0);

            assertThat(ours)
                    .as("round %d, input %d, type %x", round, index, type)
                    .isEqualTo(theirs);
        }
    }

    @Test
    void der_encodesMinimalPositiveIntegers() {
        assertThat(Hex.encodeWithoutPrefix(SegwitV0Sighash.der(BigInteger.ONE, BigInteger.valueOf(0x80))))
                .isEqualTo("3007020101020200" + "80");
    }
}
