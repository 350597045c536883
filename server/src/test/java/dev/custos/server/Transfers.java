package dev.custos.server;

import dev.custos.chain.ethereum.Address;
import dev.custos.chain.ethereum.DynamicFeeTransaction;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Unsigned transactions for the server's tests. */
public final class Transfers {
    private Transfers() {}

    /** An unsigned EIP-1559 transfer of 1 ETH to {@code destination} on chain 1, nonce 0, as 0x-prefixed hex. */
    public static String oneEther(String destination) {
        return withNonce(destination, 0);
    }

    /** The same transfer with account nonce {@code nonce}. */
    public static String withNonce(String destination, long nonce) {
        DynamicFeeTransaction transaction = new DynamicFeeTransaction(
                BigInteger.ONE,
                BigInteger.valueOf(nonce),
                BigInteger.valueOf(1_000_000_000L),
                BigInteger.valueOf(30_000_000_000L),
                BigInteger.valueOf(21_000),
                Optional.of(Address.of(HexFormat.of().parseHex(destination.substring(2)))),
                BigInteger.TEN.pow(18),
                new byte[0],
                List.of(),
                Optional.empty());
        return "0x" + HexFormat.of().formatHex(transaction.encode());
    }
}
