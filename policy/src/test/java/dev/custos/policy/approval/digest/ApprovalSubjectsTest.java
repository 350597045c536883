package dev.custos.policy.approval.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.bitcoin.Bech32;
import dev.custos.chain.bitcoin.Network;
import dev.custos.chain.bitcoin.Psbt;
import dev.custos.chain.bitcoin.PsbtInput;
import dev.custos.chain.bitcoin.PsbtParser;
import dev.custos.chain.bitcoin.Txid;
import dev.custos.chain.intent.Transfer;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApprovalSubjectsTest {
    private static final byte[] PROGRAM_A = filled(20, 0x11);
    private static final byte[] PROGRAM_B = filled(20, 0x22);

    @Test
    void psbt_signedHashIsTheUnsignedTxid_andEveryOutputIsATransfer() throws Exception {
        byte[] unsignedTx = unsignedTransaction();
        Psbt psbt = PsbtParser.parse(psbtV0(unsignedTx));

        ApprovalSubject subject = ApprovalSubjects.psbt(psbt, Network.MAINNET);

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] txid = sha256.digest(sha256.digest(unsignedTx));
        assertThat(HexFormat.of().formatHex(subject.signedHash()))
                .isEqualTo(HexFormat.of().formatHex(txid));
        assertThat(subject.chain()).isEqualTo(ApprovalChain.BITCOIN);
        assertThat(subject.network()).isEqualTo("mainnet");
        assertThat(subject.payloadKind()).isEqualTo(PayloadKind.PSBT);
        assertThat(subject.transfers())
                .containsExactly(
                        new Transfer(
                                Transfer.Kind.NATIVE,
                                "btc",
                                Bech32.encodeSegwit("bc", 0, PROGRAM_A),
                                BigInteger.valueOf(150_000)),
                        new Transfer(
                                Transfer.Kind.NATIVE,
                                "btc",
                                Bech32.encodeSegwit("bc", 0, PROGRAM_B),
                                BigInteger.valueOf(849_000)));
    }

    @Test
    void psbt_networkChangesTheAddresses_andTheFacts() throws Exception {
        Psbt psbt = PsbtParser.parse(psbtV0(unsignedTransaction()));

        ApprovalSubject testnet = ApprovalSubjects.psbt(psbt, Network.TESTNET);

        assertThat(testnet.network()).isEqualTo("testnet");
        assertThat(testnet.transfers().get(0).recipient()).startsWith("tb1q");
        assertThat(testnet).isNotEqualTo(ApprovalSubjects.psbt(psbt, Network.MAINNET));
    }

    @Test
    void psbtV2LockTime_followsBip370() {
        assertThat(UnsignedPsbtTransaction.lockTime(v2(7, List.of(locks(null, null), locks(null, null)))))
                .isEqualTo(7);
        assertThat(UnsignedPsbtTransaction.lockTime(v2(7, List.of(locks(500L, 600_000_000L), locks(800L, null)))))
                .isEqualTo(800);
        assertThat(UnsignedPsbtTransaction.lockTime(
                        v2(7, List.of(locks(null, 600_000_000L), locks(500L, 700_000_000L), locks(null, null)))))
                .isEqualTo(700_000_000L);
        assertThatThrownBy(() ->
                        UnsignedPsbtTransaction.lockTime(v2(7, List.of(locks(null, 600_000_000L), locks(500L, null)))))
                .hasMessageContaining("require both a height and a time lock");
    }

    private static Psbt v2(long fallback, List<PsbtInput> inputs) {
        return new Psbt(2, 2, fallback, inputs, List.of(), List.of(), List.of(), List.of());
    }

    private static PsbtInput locks(Long height, Long time) {
        return new PsbtInput(
                Txid.fromInternal(new byte[32]),
                0,
                0xffffffffL,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                0,
                false,
                Optional.ofNullable(time),
                Optional.ofNullable(height),
                List.of());
    }

    /** Version 2, one input, outputs of 150,000 and 849,000 sat to two P2WPKH programs, lock time 0. */
    private static byte[] unsignedTransaction() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {2, 0, 0, 0});
        out.write(1);
        out.writeBytes(filled(32, 0xab));
        out.writeBytes(new byte[] {1, 0, 0, 0});
        out.write(0);
        out.writeBytes(new byte[] {(byte) 0xfd, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        out.write(2);
        output(out, 150_000, PROGRAM_A);
        output(out, 849_000, PROGRAM_B);
        out.writeBytes(new byte[4]);
        return out.toByteArray();
    }

    private static void output(ByteArrayOutputStream out, long amount, byte[] program) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (amount >>> (8 * i)) & 0xff);
        }
        out.write(22);
        out.write(0);
        out.write(20);
        out.writeBytes(program);
    }

    /** PSBT v0: the unsigned transaction, a witness UTXO of 1,000,000 sat for the input, two empty output maps. */
    private static byte[] psbtV0(byte[] unsignedTx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {'p', 's', 'b', 't', (byte) 0xff});
        out.write(1);
        out.write(0);
        compactSize(out, unsignedTx.length);
        out.writeBytes(unsignedTx);
        out.write(0);
        ByteArrayOutputStream utxo = new ByteArrayOutputStream();
        output(utxo, 1_000_000, filled(20, 0x33));
        out.write(1);
        out.write(1);
        compactSize(out, utxo.size());
        out.writeBytes(utxo.toByteArray());
        out.write(0);
        out.write(0);
        out.write(0);
        return out.toByteArray();
    }

    private static void compactSize(ByteArrayOutputStream out, int length) {
        if (length < 0xfd) {
            out.write(length);
        } else {
            out.write(0xfd);
            out.write(length & 0xff);
            out.write(length >>> 8);
        }
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
