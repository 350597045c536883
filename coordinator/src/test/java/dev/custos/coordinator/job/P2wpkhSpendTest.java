package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.bitcoin.BitcoinTransaction;
import dev.custos.chain.bitcoin.PsbtCreator;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.bitcoin.SegwitV0Sighash;
import dev.custos.chain.bitcoin.TaprootSighash;
import dev.custos.chain.bitcoin.TxInput;
import dev.custos.chain.bitcoin.TxOutput;
import dev.custos.chain.bitcoin.Txid;
import dev.custos.node.job.authorize.DerivedPayloadAuthorizer;
import dev.custos.node.job.message.PsbtInputPayload;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.WalletId;
import fr.acinq.bitcoin.ByteVector;
import fr.acinq.bitcoin.OutPoint;
import fr.acinq.bitcoin.Satoshi;
import fr.acinq.bitcoin.ScriptFlags;
import fr.acinq.bitcoin.ScriptWitness;
import fr.acinq.bitcoin.SigVersion;
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxOut;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A P2WPKH spend signed by three threshold-ECDSA nodes through the job engine, checked by bitcoin-kmp's script
 * interpreter with the standard flags (which include low S), and the tampered variants it must refuse.
 */
class P2wpkhSpendTest {
    private static final BigInteger ORDER =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path root;

    @Test
    void walletInputsSignedByTheNodesPassBitcoinsScriptInterpreterAndTamperedOnesDoNot() throws Exception {
        try (Cluster cluster = new Cluster(
                root,
                SigningAcrossNodesTest.NODES,
                new DerivedPayloadAuthorizer(),
                Cluster.settings(Duration.ofSeconds(60), 1, 0))) {
            WalletId id = new WalletId("btc-hot");
            Wallet wallet = cluster.engine
                    .generateKey(id, Scheme.ECDSA_SECP256K1, 2, SigningAcrossNodesTest.NODES)
                    .get(120, TimeUnit.SECONDS);
            byte[] script = SegwitV0Sighash.p2wpkhScript(wallet.publicKey());
            byte[] foreign = HexFormat.of().parseHex("0014" + "31".repeat(20));
            List<TxOutput> spent = List.of(new TxOutput(80_000, script), new TxOutput(20_000, script));
            PsbtSpend psbt = PsbtCreator.create(transaction(2, 95_000), spent, Map.of());

            SignedPsbt signed = cluster.engine
                    .signPsbt(id, psbt.serialize(), "", "", List.of(), Optional.empty())
                    .get(180, TimeUnit.SECONDS);

            assertThat(signed.signed()).containsExactly(0, 1);
            Transaction tx = Transaction.read(signed.transaction().orElseThrow());
            Map<OutPoint, TxOut> prevouts = prevouts(tx, spent);
            tx.correctlySpends(prevouts, ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS);
            byte[] scriptCode = HexFormat.of()
                    .parseHex(
                            "76a914" + HexFormat.of().formatHex(SegwitV0Sighash.hash160(wallet.publicKey())) + "88ac");
            assertThat(psbt.p2wpkhSighash(1, wallet.publicKey()))
                    .isEqualTo(Transaction.Companion.hashForSigning(
                            tx,
                            1,
                            scriptCode,
                            TaprootSighash.ALL,
                            new Satoshi(20_000),
                            SigVersion.SIGVERSION_WITNESS_V0));

            assertRefused(withSignature(tx, 0, flipped(signatureOf(tx, 0))), prevouts);
            assertRefused(withSignature(tx, 0, highS(signatureOf(tx, 0))), prevouts);
            assertRefused(tx, prevouts(tx, List.of(new TxOutput(80_001, script), spent.get(1))));

            PsbtSpend foreignInput =
                    PsbtCreator.create(transaction(1, 10_000), List.of(new TxOutput(30_000, foreign)), Map.of());
            SignRequest request = SignRequest.of(new PsbtInputPayload(0, foreignInput.serialize()).typed());
            assertThatThrownBy(() -> cluster.engine.sign(id, request).get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining("does not spend the wallet's P2WPKH output");
        }
    }

    private static BitcoinTransaction transaction(int inputs, long amount) {
        List<TxInput> ins = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            byte[] txid = new byte[32];
            RANDOM.nextBytes(txid);
            ins.add(new TxInput(Txid.fromInternal(txid), i, new byte[0], 0xffffffffL));
        }
        byte[] recipient = HexFormat.of().parseHex("5120" + "66".repeat(32));
        return new BitcoinTransaction(2, ins, List.of(new TxOutput(amount, recipient)), 0, false);
    }

    private static Map<OutPoint, TxOut> prevouts(Transaction tx, List<TxOutput> spent) {
        Map<OutPoint, TxOut> map = new HashMap<>();
        for (int i = 0; i < spent.size(); i++) {
            map.put(
                    tx.txIn.get(i).outPoint,
                    new TxOut(
                            new Satoshi(spent.get(i).amount()),
                            new ByteVector(spent.get(i).scriptPubKey())));
        }
        return map;
    }

    private static byte[] signatureOf(Transaction tx, int input) {
        return tx.txIn.get(input).witness.stack.get(0).toByteArray();
    }

    private static Transaction withSignature(Transaction tx, int input, byte[] signature) {
        ByteVector key = tx.txIn.get(input).witness.stack.get(1);
        return tx.updateWitness(input, new ScriptWitness(List.of(new ByteVector(signature), key)));
    }

    /** The DER signature with one bit of {@code r} flipped. */
    private static byte[] flipped(byte[] signature) {
        byte[] out = signature.clone();
        out[8] ^= 0x01;
        return out;
    }

    /** The same signature with {@code s} replaced by {@code n - s} (valid ECDSA, refused by the low-S rule). */
    private static byte[] highS(byte[] signature) {
        int rLength = signature[3];
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 4, 4 + rLength));
        int sLength = signature[5 + rLength];
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 6 + rLength, 6 + rLength + sLength));
        assertThat(s.compareTo(ORDER.shiftRight(1)))
                .as("the nodes sign with low S")
                .isLessThanOrEqualTo(0);
        byte[] der = SegwitV0Sighash.der(r, ORDER.subtract(s));
        byte[] out = Arrays.copyOf(der, der.length + 1);
        out[der.length] = signature[signature.length - 1];
        return out;
    }

    private static void assertRefused(Transaction tx, Map<OutPoint, TxOut> prevouts) {
        assertThatThrownBy(() -> tx.correctlySpends(prevouts, ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS))
                .isInstanceOf(RuntimeException.class);
    }
}
