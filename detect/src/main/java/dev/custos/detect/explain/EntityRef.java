package dev.custos.detect.explain;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/**
 * An entity: its type and identifier (a user name, host name, device id, wallet id or contract address). A value
 * class (equal when type and identifier are) rather than a record, so that its hash, used on every event by the
 * entity tables, is computed once.
 */
public final class EntityRef implements Comparable<EntityRef> {
    private static final Comparator<EntityRef> ORDER =
            Comparator.comparing(EntityRef::type).thenComparing(EntityRef::id);

    private final EntityType type;
    private final String id;
    private final int hash;

    public EntityRef(EntityType type, String id) {
        requireNonNull(type, "type is null");
        requireNonNull(id, "id is null");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id is blank");
        }
        this.type = type;
        this.id = id;
        this.hash = 31 * type.hashCode() + id.hashCode();
    }

    public EntityType type() {
        return type;
    }

    public String id() {
        return id;
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
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof EntityRef that && hash == that.hash && type == that.type && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return hash;
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
