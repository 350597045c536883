package dev.custos.node.job.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.bitcoin.BitcoinTransaction;
import dev.custos.chain.bitcoin.PsbtCreator;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.bitcoin.SegwitV0Sighash;
import dev.custos.chain.bitcoin.TaprootSighash;
import dev.custos.chain.bitcoin.TxInput;
import dev.custos.chain.bitcoin.TxOutput;
import dev.custos.chain.bitcoin.Txid;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.PsbtInputPayload;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class P2wpkhInputsTest {
    /** BIP143's native P2WPKH example key. */
    private static final byte[] KEY =
            HexFormat.of().parseHex("025476c2e83188368da1ff3e292e7acafcdb3566bb0ad253f62fc70f07aeee6357");

    private static final WalletRecord WALLET =
            new WalletRecord(new WalletId("btc-hot"), Scheme.ECDSA_SECP256K1, List.of("a", "b"), 2, KEY);
    private final DerivedPayloadAuthorizer authorizer = new DerivedPayloadAuthorizer();

    @Test
    void aWalletInputAuthorizesItsBip143Sighash() throws Exception {
        PsbtSpend psbt = psbt(Map.of());
        assertThat(authorize(1, psbt.serialize())).isEqualTo(new Authorization.Authorized(psbt.p2wpkhSighash(1, KEY)));
    }

    @Test
    void foreignInputsOtherSighashTypesAndFinalizedInputsAreRefused() throws Exception {
        PsbtSpend psbt = psbt(Map.of(1, TaprootSighash.NONE));
        assertRefused(authorize(0, psbt.serialize()), "input 0 does not spend the wallet's P2WPKH output");
        assertRefused(authorize(1, psbt.serialize()), "sighash type 0x2");
        PsbtSpend defaultType = psbt(Map.of(1, TaprootSighash.DEFAULT));
        assertRefused(authorize(1, defaultType.serialize()), "not a segwit v0 sighash type");
        byte[] der = SegwitV0Sighash.der(BigInteger.TEN, BigInteger.TWO);
        byte[] finalized = psbt(Map.of()).withP2wpkhSignature(1, der, KEY).serialize();
        assertRefused(authorize(1, finalized), "already finalized");
    }

    private Authorization authorize(int index, byte[] psbt) {
        return authorizer.authorize(
                new SigningInput(WALLET, SignRequest.of(new PsbtInputPayload(index, psbt).typed())));
    }

    /** Input 0 spends a Taproot output of someone else, input 1 the wallet's P2WPKH output. */
    private static PsbtSpend psbt(Map<Integer, Integer> sighashTypes) throws Exception {
        byte[] foreign = HexFormat.of().parseHex("5120" + "44".repeat(32));
        List<TxInput> inputs = List.of(input(1), input(2));
        BitcoinTransaction unsigned =
                new BitcoinTransaction(2, inputs, List.of(new TxOutput(15_000, foreign)), 0, false);
        return PsbtCreator.create(
                unsigned,
                List.of(new TxOutput(10_000, foreign), new TxOutput(9_000, SegwitV0Sighash.p2wpkhScript(KEY))),
                sighashTypes);
    }

    private static TxInput input(int seed) {
        byte[] txid = new byte[32];
        Arrays.fill(txid, (byte) seed);
        return new TxInput(Txid.fromInternal(txid), seed, new byte[0], 0xffffffffL);
    }

    private static void assertRefused(Authorization decision, String reason) {
        assertThat(decision).isInstanceOf(Authorization.Refused.class);
        assertThat(((Authorization.Refused) decision).reason()).contains(reason);
    }
}
