package dev.custos.node.job.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.ethereum.LegacyTransaction;
import dev.custos.chain.ethereum.TransactionSignature;
import dev.custos.node.job.Authorization;
import dev.custos.node.job.SigningInput;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.Scheme;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import dev.custos.node.job.message.WalletId;
import dev.custos.node.job.store.WalletRecord;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DerivedPayloadAuthorizerTest {
    private static final byte[] SOLANA_KEY = filled(32, 5);
    private static final WalletRecord ETH =
            new WalletRecord(new WalletId("eth"), Scheme.ECDSA_SECP256K1, List.of("a", "b"), 2, filled(33, 2));
    private static final WalletRecord SOL =
            new WalletRecord(new WalletId("sol"), Scheme.FROST_ED25519, List.of("a", "b"), 2, SOLANA_KEY);
    private final DerivedPayloadAuthorizer authorizer = new DerivedPayloadAuthorizer();

    @Test
    void anUnsignedEthereumTransactionAuthorizesItsOwnSigningHash() throws Exception {
        DynamicFeeTransaction tx = transaction(Optional.empty());
        Authorization decision = authorize(ETH, PayloadType.ETHEREUM_RAW_TX, tx.encode());
        assertThat(decision)
                .isEqualTo(new Authorization.Authorized(tx.signingHash().bytes()));
    }

    @Test
    void signedReplayableMalformedOrMismatchedPayloadsAreRefused() throws Exception {
        TransactionSignature signature = new TransactionSignature(0, BigInteger.TWO, BigInteger.TWO);
        assertRefused(
                authorize(
                        ETH,
                        PayloadType.ETHEREUM_RAW_TX,
                        transaction(Optional.of(signature)).encode()),
                "already signed");
        byte[] unprotected = new LegacyTransaction(
                        Optional.empty(),
                        BigInteger.ZERO,
                        BigInteger.ONE,
                        BigInteger.valueOf(21000),
                        Optional.of(Address.fromHex("0x" + "11".repeat(20))),
                        BigInteger.ONE,
                        new byte[0],
                        Optional.empty())
                .encode();
        assertRefused(authorize(ETH, PayloadType.ETHEREUM_RAW_TX, unprotected), "EIP-155");
        assertRefused(authorize(ETH, PayloadType.ETHEREUM_RAW_TX, new byte[] {0x05, 1}), "not an Ethereum");
        assertRefused(
                authorize(
                        SOL,
                        PayloadType.ETHEREUM_RAW_TX,
                        transaction(Optional.empty()).encode()),
                "does not sign");
        assertRefused(authorize(ETH, PayloadType.SAFE_TX, new byte[] {1}), "does not sign");
        assertRefused(authorize(ETH, PayloadType.PSBT, new byte[] {1}), "does not sign");
    }

    @Test
    void aSolanaMessageIsAuthorizedOnlyWhenTheWalletMustSignIt() {
        byte[] message = solana(SOLANA_KEY);
        assertThat(authorize(SOL, PayloadType.SOLANA_MESSAGE, message))
                .isEqualTo(new Authorization.Authorized(message));
        assertRefused(authorize(SOL, PayloadType.SOLANA_MESSAGE, solana(filled(32, 6))), "does not require");
        assertRefused(
                authorize(SOL, PayloadType.SOLANA_MESSAGE, Arrays.copyOf(message, message.length + 1)), "trailing");
        assertRefused(authorize(SOL, PayloadType.SOLANA_MESSAGE, Arrays.copyOf(message, 40)), "truncated");
        byte[] badProgram = message.clone();
        badProgram[4 + 96 + 32 + 1] = 7;
        assertRefused(authorize(SOL, PayloadType.SOLANA_MESSAGE, badProgram), "program id index");
    }

    private Authorization authorize(WalletRecord wallet, PayloadType type, byte[] bytes) {
        return authorizer.authorize(new SigningInput(wallet, SignRequest.of(new TypedPayload(type, bytes))));
    }

    private static void assertRefused(Authorization decision, String reason) {
        assertThat(decision)
                .isInstanceOfSatisfying(
                        Authorization.Refused.class,
                        refused -> assertThat(refused.reason()).contains(reason));
    }

    private static DynamicFeeTransaction transaction(Optional<TransactionSignature> signature) throws Exception {
        return new DynamicFeeTransaction(
                BigInteger.ONE,
                BigInteger.ZERO,
                BigInteger.ONE,
                BigInteger.TEN,
                BigInteger.valueOf(21000),
                Optional.of(Address.fromHex("0x" + "11".repeat(20))),
                BigInteger.ONE,
                new byte[0],
                List.of(),
                signature);
    }

    /** A legacy message: header, 3 accounts (payer, recipient, system program), blockhash, one transfer. */
    static byte[] solana(byte[] payer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {1, 0, 1, 3});
        out.writeBytes(payer);
        out.writeBytes(filled(32, 8));
        out.writeBytes(new byte[32]);
        out.writeBytes(filled(32, 1));
        out.writeBytes(new byte[] {1, 2, 2, 0, 1, 12, 2, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0});
        return out.toByteArray();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
