package dev.custos.chain.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.DecodingException;
import dev.custos.chain.Hex;
import dev.custos.chain.intent.DerivedTransfers;
import dev.custos.chain.intent.Transfer;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PsbtTransfersTest {
    private static Psbt globalXpubVector() throws DecodingException {
        // Two inputs of 1 BTC; output 0 pays 1 BTC to a P2PKH address, output 1 pays 0.999 BTC to a P2WPKH key whose
        // BIP32 derivation names the master fingerprint of the PSBT's global xpub.
        return PsbtParser.parse(PsbtDecoderTest.vector("0174", "PSBT with `PSBT_GLOBAL_XPUB`."));
    }

    private static String fingerprintOfOutput1(Psbt psbt) {
        return psbt.outputs().get(1).derivations().getFirst().fingerprintHex();
    }

    @Test
    void withoutDeclaredKeys_everyOutputIsExternal_evenWhenThePsbtClaimsItsOwn() throws DecodingException {
        Psbt psbt = globalXpubVector();

        DerivedTransfers derived = PsbtTransfers.derive(psbt, Network.MAINNET, WalletKeys.NONE);

        assertThat(derived.transfers()).hasSize(2);
        assertThat(derived.transfers())
                .extracting(Transfer::amount)
                .containsExactly(BigInteger.valueOf(100_000_000L), BigInteger.valueOf(99_900_000L));
        assertThat(derived.transfers())
                .allSatisfy(transfer -> assertThat(transfer.asset()).isEqualTo("btc"));
    }

    @Test
    void anOutputPayingAKeyOfADeclaredFingerprint_isChange() throws DecodingException {
        Psbt psbt = globalXpubVector();
        WalletKeys wallet = new WalletKeys(Set.of(fingerprintOfOutput1(psbt)), Set.of());

        DerivedTransfers derived = PsbtTransfers.derive(psbt, Network.MAINNET, wallet);

        assertThat(derived.transfers()).singleElement().satisfies(transfer -> {
            assertThat(transfer.kind()).isEqualTo(Transfer.Kind.NATIVE);
            assertThat(transfer.amount()).isEqualTo(BigInteger.valueOf(100_000_000L));
            assertThat(transfer.recipient()).startsWith("1");
        });
    }

    @Test
    void aDeclaredFingerprintOnAKeyTheScriptDoesNotPay_isNotChange() throws DecodingException {
        Psbt psbt = globalXpubVector();
        PsbtOutput honest = psbt.outputs().get(1);
        // the attacker keeps the wallet's fingerprint and key in the derivation but swaps the script for its own
        Script attacker = new Script(HexFormat.of().parseHex("0014" + "ee".repeat(20)));
        PsbtOutput swapped = new PsbtOutput(honest.amount(), attacker, honest.derivations(), List.of());
        WalletKeys wallet = new WalletKeys(Set.of(fingerprintOfOutput1(psbt)), Set.of());

        assertThat(PsbtTransfers.isChange(honest, wallet)).isTrue();
        assertThat(PsbtTransfers.isChange(swapped, wallet)).isFalse();
    }

    @Test
    void anExactlyListedScript_isChange() throws DecodingException {
        Psbt psbt = globalXpubVector();
        String script = psbt.outputs().getFirst().script().toString();

        DerivedTransfers derived =
                PsbtTransfers.derive(psbt, Network.MAINNET, new WalletKeys(Set.of(), Set.of(script)));

        assertThat(derived.transfers())
                .singleElement()
                .satisfies(transfer -> assertThat(transfer.amount()).isEqualTo(BigInteger.valueOf(99_900_000L)));
    }

    @Test
    void taprootOutputKey_matchesBip86() throws DecodingException {
        // BIP86, first receiving address of account 0: internal key and output key
        byte[] internal = Hex.decode("0xcc8a4bc64d897bddc5fbc2f670f7a8ba0b386779106cf1223c6fc5d7cd6fc115");

        assertThat(Hex.encode(OwnScripts.taprootOutputKey(internal)))
                .isEqualTo("0xa60869f0dbcf1dc659c9cecbaf8050135ea9e8cdc487053f1dc6880949dc684c");
        Script p2tr = new Script(Hex.decode("0x5120a60869f0dbcf1dc659c9cecbaf8050135ea9e8cdc487053f1dc6880949dc684c"));
        assertThat(OwnScripts.pays(p2tr, internal)).isTrue();
    }

    @Test
    void walletKeys_rejectMalformedDeclarations() {
        assertThatThrownBy(() -> new WalletKeys(Set.of("xyz"), Set.of())).hasMessageContaining("8 hex digits");
        assertThatThrownBy(() -> new WalletKeys(Set.of(), Set.of("0g"))).hasMessageContaining("hex");
    }
}
