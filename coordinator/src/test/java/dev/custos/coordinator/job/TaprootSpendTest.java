package dev.custos.coordinator.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.bitcoin.BitcoinTransaction;
import dev.custos.chain.bitcoin.PsbtCreator;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.bitcoin.TaprootSighash;
import dev.custos.chain.bitcoin.TxInput;
import dev.custos.chain.bitcoin.TxOutput;
import dev.custos.chain.bitcoin.Txid;
import dev.custos.frost.Ciphersuites;
import dev.custos.frost.Identifier;
import dev.custos.frost.aggregate.SigningCeremony;
import dev.custos.frost.keys.DealerOutput;
import dev.custos.frost.keys.KeyPackage;
import dev.custos.frost.keys.PublicKeyPackage;
import dev.custos.frost.keys.SecretShare;
import dev.custos.frost.keys.TrustedDealer;
import dev.custos.frost.round1.InMemoryNonceStore;
import dev.custos.frost.taproot.Taproot;
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
import fr.acinq.bitcoin.Transaction;
import fr.acinq.bitcoin.TxIn;
import fr.acinq.bitcoin.TxOut;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Taproot key-path spend signed by three FROST nodes through the job engine, checked by bitcoin-kmp's script
 * interpreter ({@code correctlySpends} with the standard flags), and the tampered variants it must refuse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaprootSpendTest {
    private static final List<String> NODES = List.of("node-a", "node-b", "node-c");
    private static final byte[] RECIPIENT = HexFormat.of().parseHex("0014" + "77".repeat(20));
    private static final SecureRandom RANDOM = new SecureRandom();

    private Cluster cluster;
    private WalletId id;
    private byte[] outputScript;

    @BeforeAll
    void generateWallet(@TempDir Path root) throws Exception {
        cluster = new Cluster(
                root, NODES, new DerivedPayloadAuthorizer(), Cluster.settings(Duration.ofSeconds(60), 1, 0));
        id = new WalletId("btc-vault");
        Wallet wallet = cluster.engine
                .generateKey(id, Scheme.FROST_SECP256K1_TR, 2, NODES)
                .get(60, TimeUnit.SECONDS);
        byte[] outputKey = Taproot.outputKey(Ciphersuites.secp256k1Taproot().decodePublicKey(wallet.publicKey()), null)
                .publicKeyBytes();
        outputScript = PsbtSpend.p2trScript(outputKey);
    }

    @AfterAll
    void stop() throws Exception {
        cluster.close();
    }

    @Test
    void twoWalletInputsSignedByTheNodesPassBitcoinsScriptInterpreter() throws Exception {
        List<TxOutput> spent = List.of(new TxOutput(70_000, outputScript), new TxOutput(50_000, outputScript));
        PsbtSpend psbt = PsbtCreator.create(transaction(2, 110_000), spent, Map.of(1, TaprootSighash.ALL));

        SignedPsbt signed = cluster.engine
                .signPsbt(id, psbt.serialize(), "", "", List.of(), Optional.empty())
                .get(120, TimeUnit.SECONDS);

        assertThat(signed.signed()).containsExactly(0, 1);
        assertThat(signed.skipped()).isEmpty();
        Transaction tx = Transaction.read(signed.transaction().orElseThrow());
        assertThat(tx.txIn.get(0).witness.stack.get(0).size()).isEqualTo(64);
        assertThat(tx.txIn.get(1).witness.stack.get(0).size()).isEqualTo(65);
        tx.correctlySpends(prevouts(tx, spent), ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS);
        for (int i = 0; i < 2; i++) {
            assertThat(psbt.taprootSighash(i))
                    .isEqualTo(Transaction.Companion.hashForSigningTaprootKeyPath(
                                    tx, i, kmp(spent), i == 0 ? TaprootSighash.DEFAULT : TaprootSighash.ALL, null)
                            .toByteArray());
        }
        assertThat(PsbtSpend.parse(signed.psbt()).extract())
                .isEqualTo(signed.transaction().orElseThrow());

        assertRefused(flipBit(tx, 0), prevouts(tx, spent));
        List<TxOutput> wrongAmount = List.of(new TxOutput(70_001, outputScript), spent.get(1));
        assertRefused(tx, prevouts(tx, wrongAmount));
        List<TxIn> moved = new ArrayList<>(tx.txIn);
        TxIn first = moved.get(0);
        moved.set(
                0,
                new TxIn(
                        new OutPoint(first.outPoint.txid, first.outPoint.index + 1),
                        first.signatureScript,
                        first.sequence,
                        first.witness));
        Transaction wrongPrevout = tx.copy(tx.version, moved, tx.txOut, tx.lockTime);
        assertRefused(wrongPrevout, prevouts(wrongPrevout, spent));
    }

    @Test
    void anInputOfAnotherOwnerIsSkippedAndLeavesTheTransactionUnextracted() throws Exception {
        byte[] foreign = HexFormat.of().parseHex("5120" + "42".repeat(32));
        List<TxOutput> spent = List.of(new TxOutput(30_000, foreign), new TxOutput(40_000, outputScript));
        PsbtSpend psbt = PsbtCreator.create(transaction(2, 60_000), spent, Map.of());

        SignedPsbt signed = cluster.engine
                .signPsbt(id, psbt.serialize(), "", "", List.of(), Optional.empty())
                .get(120, TimeUnit.SECONDS);

        assertThat(signed.signed()).containsExactly(1);
        assertThat(signed.skipped()).containsExactly(0);
        assertThat(signed.transaction()).isEmpty();
        assertThat(PsbtSpend.parse(signed.psbt()).isFinalized(1)).isTrue();
        assertThatThrownBy(() -> PsbtSpend.parse(signed.psbt()).extract()).hasMessageContaining("inputs [0]");
    }

    @Test
    void theNodesRefuseAnInputThatIsNotTheWalletsOrASighashThatLeavesOutputsOpen() throws Exception {
        byte[] foreign = HexFormat.of().parseHex("5120" + "42".repeat(32));
        PsbtSpend psbt = PsbtCreator.create(
                transaction(2, 60_000),
                List.of(new TxOutput(30_000, foreign), new TxOutput(40_000, outputScript)),
                Map.of(1, TaprootSighash.NONE));
        for (int index = 0; index < 2; index++) {
            SignRequest request = SignRequest.of(new PsbtInputPayload(index, psbt.serialize()).typed());
            assertThatThrownBy(() -> cluster.engine.sign(id, request).get(60, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .hasMessageContaining(index == 0 ? "does not spend the wallet's Taproot" : "sighash type 0x2");
        }
    }

    @Test
    void aSignatureByTheUntweakedKeyIsRefusedWhileTheTweakedOneSpends() throws Exception {
        DealerOutput dealer = TrustedDealer.generate(Ciphersuites.secp256k1Taproot(), 2, 3, RANDOM);
        SortedMap<Identifier, KeyPackage> keys = new TreeMap<>();
        for (SecretShare share : dealer.secretShares().values()) {
            keys.put(share.identifier(), KeyPackage.fromVerified(share));
            if (keys.size() == 2) {
                break;
            }
        }
        PublicKeyPackage internal = dealer.publicKeyPackage();
        byte[] script = PsbtSpend.p2trScript(
                Taproot.outputKey(internal.verifyingKey(), null).publicKeyBytes());
        List<TxOutput> spent = List.of(new TxOutput(90_000, script));
        PsbtSpend psbt = PsbtCreator.create(transaction(1, 80_000), spent, Map.of());
        byte[] sighash = psbt.taprootSighash(0);

        SortedMap<Identifier, KeyPackage> tweaked = new TreeMap<>();
        for (Map.Entry<Identifier, KeyPackage> entry : keys.entrySet()) {
            tweaked.put(entry.getKey(), Taproot.tweak(entry.getValue(), null));
        }
        byte[] good = sign(tweaked, Taproot.tweak(internal, null), sighash);
        byte[] untweaked = sign(keys, internal, sighash);

        Transaction spends = Transaction.read(psbt.withKeyPathSignature(0, good).extract());
        spends.correctlySpends(prevouts(spends, spent), ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS);
        Transaction refused =
                Transaction.read(psbt.withKeyPathSignature(0, untweaked).extract());
        assertRefused(refused, prevouts(refused, spent));
    }

    private static byte[] sign(SortedMap<Identifier, KeyPackage> keys, PublicKeyPackage publicKeys, byte[] message)
            throws Exception {
        Map<Identifier, InMemoryNonceStore> stores = new HashMap<>();
        keys.keySet().forEach(identifier -> stores.put(identifier, new InMemoryNonceStore()));
        return SigningCeremony.sign(keys, publicKeys, message, stores, RANDOM).encode();
    }

    /** A transaction spending {@code inputs} made-up outpoints into one P2WPKH output. */
    private static BitcoinTransaction transaction(int inputs, long amount) {
        List<TxInput> ins = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            byte[] txid = new byte[32];
            RANDOM.nextBytes(txid);
            ins.add(new TxInput(Txid.fromInternal(txid), i, new byte[0], 0xfffffffdL));
        }
        return new BitcoinTransaction(2, ins, List.of(new TxOutput(amount, RECIPIENT)), 0, false);
    }

    private static List<TxOut> kmp(List<TxOutput> spent) {
        return spent.stream()
                .map(output -> new TxOut(new Satoshi(output.amount()), new ByteVector(output.scriptPubKey())))
                .toList();
    }

    private static Map<OutPoint, TxOut> prevouts(Transaction tx, List<TxOutput> spent) {
        Map<OutPoint, TxOut> map = new HashMap<>();
        List<TxOut> outs = kmp(spent);
        for (int i = 0; i < outs.size(); i++) {
            map.put(tx.txIn.get(i).outPoint, outs.get(i));
        }
        return map;
    }

    private static Transaction flipBit(Transaction tx, int input) {
        byte[] signature = tx.txIn.get(input).witness.stack.get(0).toByteArray();
        signature[10] ^= 0x01;
        return tx.updateWitness(input, new ScriptWitness(List.of(new ByteVector(signature))));
    }

    private static void assertRefused(Transaction tx, Map<OutPoint, TxOut> prevouts) {
        assertThatThrownBy(() -> tx.correctlySpends(prevouts, ScriptFlags.STANDARD_SCRIPT_VERIFY_FLAGS))
                .isInstanceOf(RuntimeException.class);
    }
}
