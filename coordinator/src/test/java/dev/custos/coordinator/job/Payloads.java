package dev.custos.coordinator.job;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.chain.ethereum.LegacyTransaction;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Raw payloads for signing tests. */
final class Payloads {
    static final String RECIPIENT = "0x1111111111111111111111111111111111111111";
    static final String ATTACKER = "0x2222222222222222222222222222222222222222";

    private Payloads() {}

    /** An unsigned EIP-1559 transfer of {@code wei} to {@code to} on mainnet. */
    static byte[] eip1559(String to, long wei, long nonce) throws DecodingException {
        return new DynamicFeeTransaction(
                        BigInteger.ONE,
                        BigInteger.valueOf(nonce),
                        BigInteger.valueOf(1_000_000_000L),
                        BigInteger.valueOf(30_000_000_000L),
                        BigInteger.valueOf(21_000),
                        Optional.of(Address.fromHex(to)),
                        BigInteger.valueOf(wei),
                        new byte[0],
                        List.of(),
                        Optional.empty())
                .encode();
    }

    /** An unsigned legacy EIP-155 transfer on mainnet. */
    static byte[] legacy(String to, long wei) throws DecodingException {
        return new LegacyTransaction(
                        Optional.of(BigInteger.ONE),
                        BigInteger.ZERO,
                        BigInteger.valueOf(20_000_000_000L),
                        BigInteger.valueOf(21_000),
                        Optional.of(Address.fromHex(to)),
                        BigInteger.valueOf(wei),
                        new byte[0],
                        Optional.empty())
                .encode();
    }

    /** A legacy Solana message in which {@code payer} pays and signs a transfer of {@code lamports}. */
    static byte[] solanaTransfer(byte[] payer, byte[] recipient, long lamports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {1, 0, 1, 3});
        out.writeBytes(payer);
        out.writeBytes(recipient);
        out.writeBytes(new byte[32]);
        byte[] blockhash = new byte[32];
        blockhash[0] = 7;
        out.writeBytes(blockhash);
        out.writeBytes(new byte[] {1, 2, 2, 0, 1, 12, 2, 0, 0, 0});
        for (int i = 0; i < 8; i++) {
            out.write((int) (lamports >>> (8 * i)));
        }
        return out.toByteArray();
    }

    static SignRequest request(PayloadType type, byte[] bytes) {
        return SignRequest.of(new TypedPayload(type, bytes));
    }
}
