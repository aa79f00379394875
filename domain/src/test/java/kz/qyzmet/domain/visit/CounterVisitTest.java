package kz.qyzmet.domain.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.api.Test;

/** The waiting and desk time of one visit against the standard's limits. */
class CounterVisitTest {

    private static final Instant TICKET = Instant.parse("2025-04-01T04:30:00Z");
    private static final Duration FIFTEEN = Duration.ofMinutes(15);

    private static CounterVisit visit(Channel channel, long waitedSeconds, long deskSeconds, Duration maxWaiting, Duration maxDesk) {
        Instant called = TICKET.plusSeconds(waitedSeconds);
        return new CounterVisit(UUID.randomUUID(), new RequestId(UUID.randomUUID()), ProviderId.of("school-1"),
                ServiceId.of("education-document-duplicate"), channel, TICKET, called, called.plusSeconds(deskSeconds), maxWaiting, maxDesk,
                UserId.of("operator"));
    }

    @Test
    void aBreachIsAboveTheLimitNotAtIt() {
        CounterVisit atTheLimits = visit(Channel.STATE_CORPORATION, 900, 900, FIFTEEN, FIFTEEN);
        assertThat(atTheLimits.waiting()).isEqualTo(FIFTEEN);
        assertThat(atTheLimits.waitingBreached()).isFalse();
        assertThat(atTheLimits.deskBreached()).isFalse();
        CounterVisit oneSecondOver = visit(Channel.STATE_CORPORATION, 901, 901, FIFTEEN, FIFTEEN);
        assertThat(oneSecondOver.waitingBreached()).isTrue();
        assertThat(oneSecondOver.deskBreached()).isTrue();
    }

    @Test
    void withoutALimitNothingIsABreach() {
        CounterVisit hourLong = visit(Channel.PROVIDER_OFFICE, 3600, 3600, null, null);
        assertThat(hourLong.waitingBreached()).isFalse();
        assertThat(hourLong.deskBreached()).isFalse();
        assertThat(hourLong.deskTime()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void invalidVisitsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> visit(Channel.EGOV_PORTAL, 60, 60, null, null))
                .hasMessage("channel: a counter visit is at PROVIDER_OFFICE or STATE_CORPORATION, was EGOV_PORTAL");
        assertThatThrownBy(() -> visit(Channel.PROVIDER_OFFICE, -1, 60, null, null)).hasMessage("calledAt: must not be before ticketTakenAt");
        assertThatThrownBy(() -> visit(Channel.PROVIDER_OFFICE, 60, -1, null, null)).hasMessage("servedAt: must not be before calledAt");
        assertThatThrownBy(() -> visit(Channel.PROVIDER_OFFICE, 60, 60, Duration.ZERO, null)).hasMessageStartingWith("maxWaiting: must be positive");
    }
}
