package dev.custos.crypto.group.ed25519;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the copied small-order list itself with the reference model, so the decode tests rest on sound data. */
class SmallOrderPointsTest {
    @Test
    void smallOrderPoints_areTheEightDistinctTorsionPoints() throws IOException {
        JsonNode points;
        try (InputStream in =
                SmallOrderPointsTest.class.getResourceAsStream("/vectors/ed25519/small-order-points.json")) {
            if (in == null) {
                throw new IOException("missing small-order-points.json");
            }
            points = new ObjectMapper().readTree(in).get("points");
        }
        Set<ReferenceEdwards.Point> distinct = new HashSet<>();
        for (JsonNode entry : points) {
            byte[] encoding = HexFormat.of().parseHex(entry.get("encoding").asText());
            ReferenceEdwards.Point point = ReferenceEdwards.decode(encoding).orElseThrow();
            assertThat(point.isOnCurve()).isTrue();
            assertThat(ReferenceEdwards.encode(point)).isEqualTo(encoding);
            int order = entry.get("order").asInt();
            assertThat(ReferenceEdwards.multiply(BigInteger.valueOf(order), point))
                    .isEqualTo(ReferenceEdwards.IDENTITY);
            if (order > 1) {
                assertThat(ReferenceEdwards.multiply(BigInteger.valueOf(order / 2), point))
                        .isNotEqualTo(ReferenceEdwards.IDENTITY);
            }
            distinct.add(point);
        }
        assertThat(distinct).hasSize(8);
    }
}
