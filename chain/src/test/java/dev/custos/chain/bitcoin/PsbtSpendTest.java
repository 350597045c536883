package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PsbtSpendTest {
    private static final byte[] KEY = filled(32, 3);
    private static final byte[] OUTPUT = PsbtSpend.p2trScript(KEY);

    @Test
    void finalizingKeepsUtxosAndUnknownEntriesAndDropsTheRest() throws DecodingException {
        PsbtSpend created = PsbtCreator.create(transaction(2), spent(), Map.of(0, TaprootSighash.ALL));
        List<PsbtEntry> input = new ArrayList<>(maps(created).inputs().get(0));
        input.add(new PsbtEntry(0x17, new byte[0], KEY, 0));
        input.add(new PsbtEntry(0xfc, new byte[] {1, 2}, new byte[] {3}, 0));
        PsbtSpend withExtras = PsbtSpend.parse(maps(created).withInput(0, input).serialize());

        PsbtSpend signed = withExtras.withKeyPathSignature(0, filled(64, 9));

        List<Long> kept =
                maps(signed).inputs().get(0).stream().map(PsbtEntry::keyType).toList();
        assertThat(kept).containsExactly(0x01L, 0xfcL, 0x08L);
        assertThat(signed.isFinalized(0)).isTrue();
        assertThat(signed.isFinalized(1)).isFalse();
        assertThatThrownBy(signed::extract).hasMessageContaining("inputs [1] are not finalized");
        assertThatThrownBy(() -> signed.withKeyPathSignature(0, filled(64, 9))).hasMessageContaining("already");
        assertThatThrownBy(() -> signed.withKeyPathSignature(1, filled(63, 9))).hasMessageContaining("64 bytes");

        PsbtSpend complete = signed.withKeyPathSignature(1, filled(64, 8));
        byte[] raw = complete.extract();
        BitcoinTransaction parsed = BitcoinTransaction.parse(raw, true, 0);
        assertThat(parsed.hadWitness()).isTrue();
        assertThat(parsed.txid()).isEqualTo(transaction(2).txid());
        // input 0 signs with SIGHASH_ALL (65-byte item), input 1 with SIGHASH_DEFAULT (64 bytes)
        assertThat(maps(complete).inputValue(0, 0x08).orElseThrow())
                .hasSize(1 + 1 + 65)
                .endsWith(9, 1);
        assertThat(maps(complete).inputValue(1, 0x08).orElseThrow())
                .hasSize(1 + 1 + 64)
                .endsWith(8, 8);
    }

    @Test
    void aMissingSpentOutputOrAnUndefinedSighashTypeIsRefusedNamingTheInput() throws DecodingException {
        PsbtSpend created = PsbtCreator.create(transaction(2), spent(), Map.of(1, 0x84));
        List<PsbtEntry> withoutUtxo = List.of();
        PsbtSpend missing =
                PsbtSpend.parse(maps(created).withInput(0, withoutUtxo).serialize());

        assertThatThrownBy(() -> missing.taprootSighash(1))
                .hasMessageContaining("input 0 has neither a witness UTXO nor a non-witness UTXO");
        assertThatThrownBy(() -> created.taprootSighash(1)).hasMessageContaining("0x84");
        assertThat(created.inputsSpending(KEY)).containsExactly(0, 1);
    }

    private static PsbtMaps maps(PsbtSpend spend) throws DecodingException {
        return PsbtMaps.read(spend.serialize(), spend.psbt());
    }

    private static List<TxOutput> spent() {
        return List.of(new TxOutput(5_000, OUTPUT), new TxOutput(6_000, OUTPUT));
    }

    private static BitcoinTransaction transaction(int inputs) {
        List<TxInput> ins = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            ins.add(new TxInput(Txid.fromInternal(filled(32, 20 + i)), i, new byte[0], 0xfffffffeL));
        }
        return new BitcoinTransaction(2, ins, List.of(new TxOutput(10_000, OUTPUT)), 800_000, false);
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
