package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    private static final Instant AT = Instant.parse("2026-11-23T13:11:01.550Z");

    @Test
    void aTimeOrderedIdIsAVersion7UuidCarryingItsMillisecond() {
        UUID id = RequestId.timeOrdered(AT, UUID.randomUUID()).value();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(AT.toEpochMilli());
        assertThat(RequestId.parse(id.toString()).value()).isEqualTo(id);
    }

    @Test
    void laterIdsSortAfterEarlierOnesAndIdsOfOneMillisecondDiffer() {
        UUID earlier = RequestId.timeOrdered(AT, UUID.randomUUID()).value();
        UUID later = RequestId.timeOrdered(AT.plusMillis(1), UUID.randomUUID()).value();
        Set<UUID> sameMillisecond = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            sameMillisecond.add(RequestId.timeOrdered(AT, UUID.randomUUID()).value());
        }

        // as a store compares them: the canonical text, and the 128 bits unsigned from the first byte
        assertThat(later.toString()).isGreaterThan(earlier.toString());
        assertThat(Long.compareUnsigned(later.getMostSignificantBits(), earlier.getMostSignificantBits())).isPositive();
        assertThat(sameMillisecond).hasSize(1000);
    }
}
