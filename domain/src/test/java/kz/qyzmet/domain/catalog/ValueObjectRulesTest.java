package kz.qyzmet.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import kz.qyzmet.domain.language.Language;
import org.junit.jupiter.api.Test;

/** Each value object of the catalog rejects invalid state, naming the field and the rule. */
class ValueObjectRulesTest {

    private static final Set<DayOfWeek> WEEKDAYS = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Test
    void termsMustBePositive() {
        assertThatThrownBy(() -> ProcessingTerm.workingDays(0)).hasMessage("workingDays: must be at least 1, was 0");
        assertThatThrownBy(() -> ProcessingTerm.minutes(-15)).hasMessage("minutes: must be at least 1, was -15");
        assertThatThrownBy(() -> new ProcessingTerm.Hours(0)).hasMessage("hours: must be at least 1, was 0");
        assertThatThrownBy(() -> new ChannelTerms(Fact.unknown("x"), Fact.known(Duration.ZERO, Fixtures.SOURCE), Fact.unknown("x")))
                .hasMessage("maxWaiting: must be positive, was PT0S");
    }

    @Test
    void identifiersHaveTheirForms() {
        assertThat(ServiceId.of("education-document-duplicate").value()).isEqualTo("education-document-duplicate");
        assertThatThrownBy(() -> ServiceId.of("Education_Duplicate")).hasMessageContaining("id: must be lower-case Latin words");
        assertThatThrownBy(() -> ServiceCode.of("80300")).hasMessage("code: must be six digits, was '80300'");
        assertThat(ServiceCode.isCode("803005")).isTrue();
        assertThat(ServiceCode.isCode("education")).isFalse();
        assertThatThrownBy(() -> CatalogCode.of("-leading")).hasMessageContaining("code: must be lower-case words joined by '-'");
    }

    @Test
    void citationsNameTheirSource() {
        assertThatThrownBy(() -> new Citation("2", Language.RU, "field 3", "q")).hasMessageContaining("document: must be a three-digit");
        assertThatThrownBy(() -> new Citation("002", Language.RU, " ", "q")).hasMessage("at: must name the place in the document");
        assertThatThrownBy(() -> new Citation("002", null, "field 3", "q")).hasMessage("lang: required when a quote is given");
        assertThat(Citation.of("002", "field 6, no fee mentioned").quote()).isNull();
    }

    @Test
    void openingHoursKeepLunchAndIntakeInsideTheOpenHours() {
        TimeRange open = TimeRange.of("09:00", "18:30");
        OpeningHours hours = new OpeningHours(WEEKDAYS, open, TimeRange.of("13:00", "14:30"), TimeRange.of("09:00", "17:30"));
        assertThat(hours.intakeHours()).isEqualTo(TimeRange.of("09:00", "17:30"));
        assertThat(new OpeningHours(WEEKDAYS, open, null, null).intakeHours()).isEqualTo(open);
        assertThatThrownBy(() -> new OpeningHours(WEEKDAYS, open, null, TimeRange.of("08:00", "17:30")))
                .hasMessage("intake: 08:00–17:30 must lie within the open hours 09:00–18:30");
        assertThatThrownBy(() -> TimeRange.of("14:30", "13:00")).hasMessageContaining("from/to: must start before it ends");
        assertThatThrownBy(() -> new OpeningHours(Set.of(), open, null, null)).hasMessageContaining("days: at least one day");
    }

    @Test
    void aScheduleIsEitherRoundTheClockOrHoursWithNoDayTwice() {
        OpeningHours weekdays = new OpeningHours(WEEKDAYS, TimeRange.of("09:00", "20:00"), null, null);
        OpeningHours saturday = new OpeningHours(Set.of(DayOfWeek.SATURDAY), TimeRange.of("09:00", "13:00"), null, null);
        WorkSchedule duty = new WorkSchedule(Fixtures.TEXT, false, List.of(weekdays, saturday));
        assertThat(duty.on(DayOfWeek.SATURDAY)).contains(saturday);
        assertThat(duty.on(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(duty.openDays()).hasSize(6);
        assertThat(WorkSchedule.allDay().openDays()).hasSize(7);
        assertThatThrownBy(() -> new WorkSchedule(null, false, List.of(weekdays, weekdays)))
                .hasMessageContaining("appears in two groups of days");
        assertThatThrownBy(() -> new WorkSchedule(null, true, List.of(weekdays)))
                .hasMessage("hours: a round-the-clock schedule has no hours");
        assertThatThrownBy(() -> new WorkSchedule(null, false, List.of()))
                .hasMessageContaining("at least one group of days is required");
    }

    @Test
    void documentsStateTheirConditionAndValidity() {
        DocumentRequirement certificate = new DocumentRequirement(CatalogCode.of("workplace-certificate"), Fixtures.TEXT,
                Presence.CONDITIONAL, Fixtures.TEXT, DocumentForm.ORIGINAL, Period.ofMonths(1), DocumentSupplier.APPLICANT, Fixtures.SOURCE);
        assertThat(certificate.validityPeriod()).contains(Period.ofMonths(1));
        assertThat(certificate.demandedFromApplicant()).isFalse();
        DocumentRequirement fetched = new DocumentRequirement(CatalogCode.of("identity-data"), Fixtures.TEXT,
                Presence.MANDATORY, null, DocumentForm.ELECTRONIC, null, DocumentSupplier.PROVIDER_FROM_STATE_SYSTEMS, Fixtures.SOURCE);
        assertThat(fetched.demandedFromApplicant()).as("the provider fetches it from state systems").isFalse();
        assertThatThrownBy(() -> new DocumentRequirement(CatalogCode.of("x"), Fixtures.TEXT, Presence.CONDITIONAL, null,
                DocumentForm.COPY, null, DocumentSupplier.APPLICANT, Fixtures.SOURCE))
                .hasMessage("condition: required for a CONDITIONAL document (x)");
        assertThatThrownBy(() -> new DocumentRequirement(CatalogCode.of("x"), Fixtures.TEXT, Presence.MANDATORY, null,
                DocumentForm.COPY, Period.ZERO, DocumentSupplier.APPLICANT, Fixtures.SOURCE))
                .hasMessage("validity: must be a positive period, was P0D (x)");
    }

    @Test
    void aFeeOtherThanFreeIsNotYetModelled() {
        assertThat(Fee.FREE.free()).isTrue();
        assertThatThrownBy(() -> new Fee(false)).hasMessageContaining("fee: only free services");
    }

    @Test
    void anEffectivePeriodSaysWhyItStarts() {
        assertThatThrownBy(() -> new EffectivePeriod(LocalDate.of(2024, 1, 3), null, " "))
                .hasMessageContaining("validFromBasis: say why the version starts on 2024-01-03");
    }

    @Test
    void anUnknownFactCannotBeRequired() {
        Fact<Fee> fee = Fact.unknown("seed 004 gives no fee");
        assertThat(fee.value()).isEmpty();
        assertThatThrownBy(() -> fee.require("fee"))
                .isInstanceOf(UnknownFactException.class)
                .hasMessage("fee: not given by the sources (seed 004 gives no fee)");
        assertThat(Fact.known(Fee.FREE, Fixtures.SOURCE).require("fee")).isEqualTo(Fee.FREE);
    }
}
