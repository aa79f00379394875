package kz.qyzmet.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import kz.qyzmet.domain.calendar.StatutoryHolidays;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.OfficeKind;
import kz.qyzmet.domain.catalog.OfficeLocation;
import kz.qyzmet.domain.catalog.OpeningHours;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.catalog.TimeRange;
import kz.qyzmet.domain.catalog.WorkSchedule;
import kz.qyzmet.domain.language.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * A request is governed by the version in force on its acceptance day, and only an acceptance (counted in the hours
 * of the version in force on receipt) tells that day: the deadline is counted from that acceptance where the two
 * versions are one, and from the moment received, in the governing version's own hours, where they differ. Here
 * the 2015 version takes applications until 17:30 and the 2020 one until 18:00 (the default hours), so a request
 * received at 17:45 is accepted the next morning by one and at once by the other.
 */
class GoverningVersionDeadlineTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final ServiceId SERVICE = ServiceId.of("education-document-duplicate");
    private static final Channel CHANNEL = Channel.PROVIDER_OFFICE;
    private static final StandardVersion UNTIL_HALF_PAST_FIVE = Versions.version("v2015", LocalDate.of(2015, 1, 1), CHANNEL,
            Map.of(CHANNEL, Fact.known(List.of(new WorkSchedule(LocalizedText.of("кесте", "график"), false,
                    List.of(new OpeningHours(Hours.WEEKDAYS, TimeRange.of("09:00", "18:00"), TimeRange.of("13:00", "14:00"),
                            TimeRange.of("09:00", "17:30"))))), Versions.SOURCE)));
    private static final StandardVersion DEFAULT_HOURS = Versions.version("v2020", LocalDate.of(2020, 1, 1), CHANNEL, Map.of());
    /** Monday 2025-03-17, 17:45 in Almaty. */
    private static final Instant RECEIVED = ZonedDateTime.of(2025, 3, 17, 17, 45, 0, 0, ALMATY).toInstant();

    private final DeadlinePolicy policy = new DeadlinePolicy(StatutoryHolidays.calendar(), ALMATY, Hours.provider());

    @Test
    void theVersionOnReceiptGoverningCountsFromTheAcceptanceItMade() {
        Acceptance accepted = policy.acceptance(UNTIL_HALF_PAST_FIVE, CHANNEL, OfficeKind.ORDINARY, RECEIVED);
        assertThat(accepted.reason()).isEqualTo(AcceptanceReason.AFTER_INTAKE_HOURS);

        Deadline deadline = policy.governedDeadline(SERVICE, UNTIL_HALF_PAST_FIVE, UNTIL_HALF_PAST_FIVE, CHANNEL,
                OfficeLocation.PROVIDER_LOCATION, OfficeKind.ORDINARY, accepted);

        assertThat(deadline.acceptance()).isSameAs(accepted);
        assertThat(deadline.dueAt()).isEqualTo(policy.deadline(SERVICE, UNTIL_HALF_PAST_FIVE, CHANNEL, RECEIVED).dueAt());
        // the 15th working day after Tuesday 18 March, Nauryz skipped, at the provider's close
        assertThat(deadline.dueAt()).isEqualTo(ZonedDateTime.of(2025, 4, 11, 18, 0, 0, 0, ALMATY).toInstant());
    }

    @Test
    void anotherVersionGoverningAcceptsAgainInItsOwnHours() {
        Acceptance onReceipt = policy.acceptance(UNTIL_HALF_PAST_FIVE, CHANNEL, OfficeKind.ORDINARY, RECEIVED);

        Deadline deadline = policy.governedDeadline(SERVICE, DEFAULT_HOURS, UNTIL_HALF_PAST_FIVE, CHANNEL,
                OfficeLocation.PROVIDER_LOCATION, OfficeKind.ORDINARY, onReceipt);

        assertThat(deadline.acceptance()).isEqualTo(new Acceptance(RECEIVED, RECEIVED, AcceptanceReason.WITHIN_INTAKE_HOURS));
        assertThat(deadline).isEqualTo(policy.deadline(SERVICE, DEFAULT_HOURS, CHANNEL, RECEIVED));
        assertThat(deadline.dueAt()).isEqualTo(ZonedDateTime.of(2025, 4, 10, 18, 0, 0, 0, ALMATY).toInstant());
    }
}
