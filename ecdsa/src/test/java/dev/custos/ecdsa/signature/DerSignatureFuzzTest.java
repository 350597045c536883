package dev.custos.ecdsa.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Fuzzes {@link DerSignature#decode} (signatures from users and other wallets). It reports failure as an empty result,
 * so any exception is a finding; an accepted input must be the strict DER encoding of its values.
 */
class DerSignatureFuzzTest {
    @FuzzTest
    void decode_anyBytes_strictDerValuesOrEmpty(byte[] input) {
        DerSignature.decode(input)
                .ifPresent(values -> assertThat(
                                der(values.r().toBigInteger(), values.s().toBigInteger()))
                        .isEqualTo(input));
    }

    /** {@code SEQUENCE { r INTEGER, s INTEGER }} with minimal lengths and integers (r, s below 2^256). */
    private static byte[] der(BigInteger r, BigInteger s) {
        byte[] first = r.toByteArray();
        byte[] second = s.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x30);
        out.write(4 + first.length + second.length);
        out.write(0x02);
        out.write(first.length);
        out.writeBytes(first);
        out.write(0x02);
        out.write(second.length);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
