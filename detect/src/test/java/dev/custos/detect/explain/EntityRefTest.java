package dev.custos.detect.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityRefTest {
    @Test
    void equals_sameTypeAndId_equalWithSameHash() {
        EntityRef first = EntityRef.user(new String("alice"));
        EntityRef second = new EntityRef(EntityType.USER, "alice");

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
    }

    @Test
    void equals_differentTypeOrId_notEqual() {
        assertThat(EntityRef.user("alice")).isNotEqualTo(EntityRef.host("alice"));
        assertThat(EntityRef.user("alice")).isNotEqualTo(EntityRef.user("bob"));
        assertThat(EntityRef.user("alice")).isNotEqualTo("user alice");
    }

    @Test
    void compareTo_ordersByTypeThenId() {
        assertThat(EntityRef.user("bob")).isLessThan(EntityRef.host("alice"));
        assertThat(EntityRef.user("alice")).isLessThan(EntityRef.user("bob"));
    }

    @Test
    void constructor_blankId_throws() {
        assertThatThrownBy(() -> EntityRef.user(" ")).hasMessageContaining("id is blank");
        assertThatThrownBy(() -> new EntityRef(null, "x")).hasMessageContaining("type is null");
    }
}
