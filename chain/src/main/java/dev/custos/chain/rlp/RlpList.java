package dev.custos.chain.rlp;

import java.util.List;
import java.util.Objects;

/** An RLP list. */
public record RlpList(List<RlpItem> items) implements RlpItem {
    public RlpList {
        items = List.copyOf(Objects.requireNonNull(items, "items is null"));
    }

    public static RlpList of(RlpItem... items) {
        return new RlpList(List.of(items));
    }

    public int size() {
        return items.size();
    }

    public RlpItem get(int index) {
        return items.get(index);
    }
}
