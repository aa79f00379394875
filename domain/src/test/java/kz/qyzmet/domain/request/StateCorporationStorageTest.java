package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StateCorporationStorageTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    void theStateCorporationKeepsAResultOneCalendarMonthInTheServicesZone() {
        Instant handedOver = Instant.parse("2026-01-30T19:30:00Z"); // 31 January, 00:30 in Almaty (UTC+5)
        StateCorporationStorage storage = StateCorporationStorage.from(handedOver, ALMATY);
        // 31 January + one month is the last day of February, at the same local time
        assertThat(storage.until()).isEqualTo(Instant.parse("2026-02-27T19:30:00Z"));
        assertThat(storage.isOver(storage.until().minusSeconds(1))).isFalse();
        assertThat(storage.isOver(storage.until())).isTrue();
    }
}
