package dev.custos.node.job.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.bitcoin.BitcoinTransaction;
import dev.custos.chain.bitcoin.PsbtCreator;
import dev.custos.chain.bitcoin.PsbtSpend;
import dev.custos.chain.bitcoin.TaprootSighash;
import dev.custos.chain.bitcoin.TxInput;
import dev.custos.chain.bitcoin.TxOutput;
import dev.custos.chain.bitcoin.Txid;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.PsbtInputPayload;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaprootInputsTest {
    /** BIP341 wallet vector: internal key d6889c… without a script tree has output key 53a1f6…. */
    private static final byte[] INTERNAL_KEY =
            HexFormat.of().parseHex("d6889cb081036e0faefa3a35157ad71086b123b2b144b649798b494c300a961d");

    private static final byte[] OUTPUT_SCRIPT =
            HexFormat.of().parseHex("512053a1f6e454df1aa2776a2814a721372d6258050de330b3c6d10ee8f4e0dda343");
    private static final WalletRecord WALLET =
            new WalletRecord(new WalletId("btc"), Scheme.FROST_SECP256K1_TR, List.of("a", "b"), 2, INTERNAL_KEY);
    private final DerivedPayloadAuthorizer authorizer = new DerivedPayloadAuthorizer();

    @Test
    void theWalletsOutputKeyIsTheBip341TweakOfItsGroupKey() throws Exception {
        assertThat(PsbtSpend.p2trScript(TaprootInputs.outputKey(INTERNAL_KEY))).isEqualTo(OUTPUT_SCRIPT);
    }

    @Test
    void aWalletInputAuthorizesTheSighashTheNodeComputesFromThePsbt() throws Exception {
        PsbtSpend psbt = psbt(Map.of(1, TaprootSighash.ALL));
        for (int index = 1; index <= 2; index++) {
            assertThat(authorize(index, psbt.serialize()))
                    .isEqualTo(new Authorization.Authorized(psbt.taprootSighash(index)));
        }
    }

    @Test
    void foreignInputsOpenSighashTypesFinalizedInputsAndMalformedPayloadsAreRefusedNamingWhy() throws Exception {
        PsbtSpend psbt = psbt(Map.of(2, TaprootSighash.SINGLE | TaprootSighash.ANYONECANPAY));
        assertRefused(authorize(0, psbt.serialize()), "input 0 does not spend the wallet's Taproot key-path output");
        assertRefused(authorize(2, psbt.serialize()), "sighash type 0x83");
        assertRefused(authorize(3, psbt.serialize()), "has no input 3");
        byte[] finalized = psbt.withKeyPathSignature(1, new byte[64]).serialize();
        assertRefused(authorize(1, finalized), "already finalized");
        byte[] truncated = Arrays.copyOf(psbt.serialize(), 40);
        assertRefused(authorize(1, truncated), "not a PSBT input");
        assertRefused(
                authorizer.authorize(new SigningInput(
                        WALLET, SignRequest.of(new TypedPayload(PayloadType.PSBT_INPUT, new byte[] {0, 0})))),
                "4-byte input index");
        assertRefused(
                authorizer.authorize(
                        new SigningInput(WALLET, SignRequest.of(new TypedPayload(PayloadType.PSBT, psbt.serialize())))),
                "does not sign");
    }

    private Authorization authorize(int index, byte[] psbt) {
        return authorizer.authorize(
                new SigningInput(WALLET, SignRequest.of(new PsbtInputPayload(index, psbt).typed())));
    }

    /** Input 0 spends someone else's P2WPKH output, inputs 1 and 2 the wallet's Taproot output. */
    private static PsbtSpend psbt(Map<Integer, Integer> sighashTypes) throws Exception {
        byte[] foreign = HexFormat.of().parseHex("0014" + "99".repeat(20));
        List<TxInput> inputs = List.of(input(1), input(2), input(3));
        BitcoinTransaction unsigned = new BitcoinTransaction(
                2, inputs, List.of(new TxOutput(25_000, foreign), new TxOutput(1_000, OUTPUT_SCRIPT)), 0, false);
        return PsbtCreator.create(
                unsigned,
                List.of(
                        new TxOutput(10_000, foreign),
                        new TxOutput(10_000, OUTPUT_SCRIPT),
                        new TxOutput(7_000, OUTPUT_SCRIPT)),
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
