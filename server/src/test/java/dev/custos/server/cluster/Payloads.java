package dev.custos.server.cluster;

import dev.custos.chain.DecodingException;
import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import dev.custos.node.job.message.PayloadType;
import dev.custos.node.job.message.SignRequest;
import dev.custos.node.job.message.TypedPayload;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** Raw payloads the dev cluster's tests sign. */
final class Payloads {
    private Payloads() {}

    /** An unsigned EIP-1559 transfer of {@code wei} to a fixed address on mainnet. */
    static byte[] eip1559(long wei, long nonce) throws DecodingException {
        return new DynamicFeeTransaction(
                        BigInteger.ONE,
                        BigInteger.valueOf(nonce),
                        BigInteger.valueOf(1_000_000_000L),
                        BigInteger.valueOf(30_000_000_000L),
                        BigInteger.valueOf(21_000),
                        Optional.of(Address.fromHex("0x1111111111111111111111111111111111111111")),
                        BigInteger.valueOf(wei),
                        new byte[0],
                        List.of(),
                        Optional.empty())
                .encode();
    }

    /**
     * A legacy Solana message in which {@code payer} pays and signs a system-program transfer of {@code lamports} to
     * an all-zero recipient.
     */
    static byte[] solanaTransfer(byte[] payer, long lamports) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {1, 0, 1, 3}); // header: 1 signer, 0 + 1 read-only; 3 account keys
        out.writeBytes(payer);
        byte[] recipient = new byte[32];
        recipient[0] = 9;
        out.writeBytes(recipient);
        out.writeBytes(new byte[32]); // the system program
        byte[] blockhash = new byte[32];
        blockhash[0] = 7;
        out.writeBytes(blockhash);
        out.writeBytes(new byte[] {1, 2, 2, 0, 1, 12, 2, 0, 0, 0}); // one transfer instruction: accounts 0 -> 1
        for (int i = 0; i < 8; i++) {
            out.write((int) (lamports >>> (8 * i)));
        }
        return out.toByteArray();
    }

    static SignRequest request(PayloadType type, byte[] bytes) {
        return SignRequest.of(new TypedPayload(type, bytes));
    }
}
