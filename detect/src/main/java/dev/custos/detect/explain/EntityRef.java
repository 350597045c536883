package dev.custos.detect.explain;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/** An entity: its type and identifier (a user name, host name, device id, wallet id or contract address). */
public record EntityRef(EntityType type, String id) implements Comparable<EntityRef> {
    private static final Comparator<EntityRef> ORDER =
            Comparator.comparing(EntityRef::type).thenComparing(EntityRef::id);

    public EntityRef {
        requireNonNull(type, "type is null");
        requireNonNull(id, "id is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
    }

    public static EntityRef user(String name) {
        return new EntityRef(EntityType.USER, name);
    }

    public static EntityRef host(String name) {
        return new EntityRef(EntityType.HOST, name);
    }

    public static EntityRef device(String id) {
        return new EntityRef(EntityType.DEVICE, id);
    }

    public static EntityRef wallet(String id) {
        return new EntityRef(EntityType.WALLET, id);
    }

    public static EntityRef contract(String address) {
        return new EntityRef(EntityType.CONTRACT, address);
    }

    @Override
    public int compareTo(EntityRef other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return type.label() + " " + id;
    }
}
