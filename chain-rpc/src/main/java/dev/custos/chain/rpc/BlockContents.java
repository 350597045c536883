package dev.custos.chain.rpc;

import java.util.List;
import java.util.Objects;

/**
 * A block's header and its transactions.
 *
 * @param header the block's header
 * @param transactions its transactions in block order
 */
public record BlockContents(BlockHeader header, List<BlockTransaction> transactions) {
    public BlockContents {
        Objects.requireNonNull(header, "header is null");
        transactions = List.copyOf(Objects.requireNonNull(transactions, "transactions is null"));
    }
}
