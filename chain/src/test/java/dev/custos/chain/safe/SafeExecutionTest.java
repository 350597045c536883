package dev.custos.chain.safe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.chain.Hex;
import dev.custos.chain.abi.AbiArgument;
import dev.custos.chain.abi.AbiDecoder;
import dev.custos.chain.abi.AbiEncoder;
import dev.custos.chain.abi.AbiFunction;
import dev.custos.chain.abi.AbiValue;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.Hash32;
import dev.custos.chain.ethereum.TestSigner;
import dev.custos.chain.ethereum.TransactionSignature;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeExecutionTest {
    private static final Hash32 HASH = Hash32.keccak(new byte[] {42});
    private static final TestSigner FIRST = new TestSigner(101);
    private static final TestSigner SECOND = new TestSigner(202);
    private static final TestSigner THIRD = new TestSigner(303);

    @Test
    void packSignatures_sortsByOwnerAddress_whateverTheInputOrder() {
        List<TestSigner> signers = List.of(FIRST, SECOND, THIRD);
        List<SafeOwnerSignature> signatures =
                signers.stream().map(SafeExecutionTest::sign).toList();

        byte[] packed = SafeExecution.packSignatures(HASH, signatures);
        byte[] reversed = SafeExecution.packSignatures(HASH, signatures.reversed());

        assertThat(packed).hasSize(3 * SafeOwnerSignature.LENGTH).isEqualTo(reversed);
        List<Address> order = signers.stream().map(TestSigner::address).sorted().toList();
        for (int i = 0; i < 3; i++) {
            byte[] slice = Arrays.copyOfRange(packed, i * 65, i * 65 + 65);
            Address owner = order.get(i);
            assertThat(signatures)
                    .filteredOn(signature -> signature.owner().equals(owner))
                    .singleElement()
                    .satisfies(signature -> assertThat(signature.signature()).isEqualTo(slice));
            assertThat(slice[64] & 0xff).isIn(27, 28);
        }
    }

    @Test
    void packSignatures_signatureOfAnotherKey_isRefused_namingTheOwner() {
        TransactionSignature bySecond = SECOND.sign(HASH.bytes());
        SafeOwnerSignature claimed =
                SafeOwnerSignature.ecdsa(FIRST.address(), bySecond.yParity(), bySecond.r(), bySecond.s());

        assertThatThrownBy(() -> SafeExecution.packSignatures(HASH, List.of(claimed)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(FIRST.address().toChecksumHex());
        assertThatThrownBy(() -> SafeExecution.packSignatures(Hash32.keccak(new byte[] {43}), List.of(sign(FIRST))))
                .hasMessageContaining("not valid");
    }

    @Test
    void packSignatures_highSDuplicateOrEmpty_isRefused() {
        TransactionSignature high = TestSigner.highSTwin(FIRST.sign(HASH.bytes()));
        SafeOwnerSignature highS = SafeOwnerSignature.ecdsa(FIRST.address(), high.yParity(), high.r(), high.s());

        assertThatThrownBy(() -> SafeExecution.packSignatures(HASH, List.of(highS)))
                .hasMessageContaining("high s");
        assertThatThrownBy(() -> SafeExecution.packSignatures(HASH, List.of(sign(FIRST), sign(FIRST))))
                .hasMessageContaining("two signatures");
        assertThatThrownBy(() -> SafeExecution.packSignatures(HASH, List.of())).hasMessageContaining("no owner");
    }

    @Test
    void packSignatures_preValidatedSignatureOfTheSubmitter_isPackedInOrder() {
        SafeOwnerSignature submitted = SafeOwnerSignature.submittedBy(SECOND.address());

        byte[] packed = SafeExecution.packSignatures(HASH, List.of(submitted, sign(FIRST)));

        int index = FIRST.address().compareTo(SECOND.address()) < 0 ? 1 : 0;
        byte[] slice = Arrays.copyOfRange(packed, index * 65, index * 65 + 65);
        assertThat(slice).isEqualTo(submitted.signature());
        assertThat(Arrays.copyOfRange(slice, 12, 32)).isEqualTo(SECOND.address().bytes());
        assertThat(slice[64]).isEqualTo((byte) 1);
    }

    @Test
    void ecdsaFromEngineEncoding_turnsRecoveryIdIntoV() {
        TransactionSignature signature = FIRST.sign(HASH.bytes());
        byte[] engine = new byte[65];
        System.arraycopy(AbiEncoder.word(signature.r()), 0, engine, 0, 32);
        System.arraycopy(AbiEncoder.word(signature.s()), 0, engine, 32, 32);
        engine[64] = (byte) signature.yParity();

        SafeOwnerSignature owner = SafeOwnerSignature.ecdsa(FIRST.address(), engine);

        assertThat(owner.signature()[64]).isEqualTo((byte) (27 + signature.yParity()));
        assertThat(SafeExecution.packSignatures(HASH, List.of(owner))).isEqualTo(owner.signature());
        assertThatThrownBy(() -> SafeOwnerSignature.ecdsa(FIRST.address(), new byte[64]))
                .hasMessageContaining("65 bytes");
    }

    @Test
    void execTransactionCall_hasTheSafeSelector_andDecodesBackToTheFields() throws Exception {
        SafeTransaction transaction = new SafeTransaction(
                Address.of(filled(0x33)),
                Address.of(filled(0x44)),
                BigInteger.TEN,
                new byte[] {1, 2, 3},
                Operation.DELEGATECALL,
                BigInteger.ONE,
                BigInteger.TWO,
                BigInteger.ZERO,
                Address.ZERO,
                Address.ZERO,
                BigInteger.valueOf(9),
                Optional.empty(),
                List.of());
        byte[] packed = SafeExecution.packSignatures(HASH, List.of(sign(FIRST)));

        byte[] call = SafeExecution.execTransactionCall(transaction, packed);

        assertThat(Hex.encode(Arrays.copyOf(call, 4))).isEqualTo("0x6a761202");
        List<AbiArgument> arguments = AbiDecoder.decodeArguments(
                AbiFunction.parse("execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,"
                                + "address,bytes)")
                        .parameters(),
                call,
                4);
        assertThat(arguments.get(1).value()).isEqualTo(new AbiValue.NumberValue(BigInteger.TEN));
        assertThat(arguments.get(3).value()).isEqualTo(new AbiValue.NumberValue(BigInteger.ONE));
        assertThat(arguments.get(9).value()).isEqualTo(new AbiValue.BytesValue(packed));
    }

    private static SafeOwnerSignature sign(TestSigner signer) {
        TransactionSignature signature = signer.sign(HASH.bytes());
        return SafeOwnerSignature.ecdsa(signer.address(), signature.yParity(), signature.r(), signature.s());
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[Address.LENGTH];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
