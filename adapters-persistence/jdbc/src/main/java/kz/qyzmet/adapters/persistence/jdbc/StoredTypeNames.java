package kz.qyzmet.adapters.persistence.jdbc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.qyzmet.domain.calendar.DayStatus;
import kz.qyzmet.domain.catalog.Fact;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.deadline.Explanation;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;

/**
 * The names under which the JDBC store writes the kind of a value where a field holds one of several kinds (the
 * members of the domain's sealed families), so that renaming or moving a record does not break stored data.
 * A name is {@code Family.Member}, and it never changes once written: renaming a record changes only the class on
 * its row. Each row also holds the Java class name the store wrote before there were names (schema version 4 and
 * earlier), so that data stored then still reads. Events and refusal reasons are stored under the type name they
 * publish in the API ({@code RequestEvent.} or {@code IntakeRefusalReason.} and the name), one source for both. The
 * JDK's collections are stored as {@code List}, {@code Set} and {@code Map} ({@link NamedTypeIds}).
 *
 * <p>Writing a domain value whose class has no row fails, naming the class: add a row with a new name.
 */
final class StoredTypeNames {

    /** One kind: its stored name, its class today, and the class name it was stored under before names. */
    record Row(String name, Class<?> type, String storedBeforeNames) {
    }

    static final List<Row> ROWS = List.of(
            event(RequestEvent.RequestSubmitted.TYPE_NAME, RequestEvent.RequestSubmitted.class),
            event(RequestEvent.IntakeRefused.TYPE_NAME, RequestEvent.IntakeRefused.class),
            event(RequestEvent.RequestAccepted.TYPE_NAME, RequestEvent.RequestAccepted.class),
            event(RequestEvent.ExecutorAssigned.TYPE_NAME, RequestEvent.ExecutorAssigned.class),
            event(RequestEvent.ReviewStarted.TYPE_NAME, RequestEvent.ReviewStarted.class),
            event(RequestEvent.RequestApproved.TYPE_NAME, RequestEvent.RequestApproved.class),
            event(RequestEvent.RequestRefused.TYPE_NAME, RequestEvent.RequestRefused.class),
            event(RequestEvent.ResultReady.TYPE_NAME, RequestEvent.ResultReady.class),
            event(RequestEvent.HandedToStateCorporation.TYPE_NAME, RequestEvent.HandedToStateCorporation.class),
            event(RequestEvent.ReturnedToProvider.TYPE_NAME, RequestEvent.ReturnedToProvider.class),
            event(RequestEvent.ReRequested.TYPE_NAME, RequestEvent.ReRequested.class),
            event(RequestEvent.ResultIssued.TYPE_NAME, RequestEvent.ResultIssued.class),
            event(RequestEvent.RequestWithdrawn.TYPE_NAME, RequestEvent.RequestWithdrawn.class),
            event(RequestEvent.DeadlineAtRisk.TYPE_NAME, RequestEvent.DeadlineAtRisk.class),
            event(RequestEvent.DeadlineOverdue.TYPE_NAME, RequestEvent.DeadlineOverdue.class),
            event(RequestEvent.ReferralIssued.TYPE_NAME, RequestEvent.ReferralIssued.class),
            reason(IntakeRefusalReason.MissingDocument.TYPE_NAME, IntakeRefusalReason.MissingDocument.class),
            reason(IntakeRefusalReason.ExpiredDocument.TYPE_NAME, IntakeRefusalReason.ExpiredDocument.class),
            reason(IntakeRefusalReason.WindowClosed.TYPE_NAME, IntakeRefusalReason.WindowClosed.class),
            reason(IntakeRefusalReason.NoPersonalDataConsent.TYPE_NAME, IntakeRefusalReason.NoPersonalDataConsent.class),
            reason(IntakeRefusalReason.StandardGround.TYPE_NAME, IntakeRefusalReason.StandardGround.class),
            reason(IntakeRefusalReason.PowerOfAttorneyNotConfirmed.TYPE_NAME, IntakeRefusalReason.PowerOfAttorneyNotConfirmed.class),
            reason(IntakeRefusalReason.AlreadyThisSchoolYear.TYPE_NAME, IntakeRefusalReason.AlreadyThisSchoolYear.class),
            row("ProcessingTerm.WorkingDays", ProcessingTerm.WorkingDays.class,
                    "kz.qyzmet.domain.catalog.ProcessingTerm$WorkingDays"),
            row("ProcessingTerm.Minutes", ProcessingTerm.Minutes.class,
                    "kz.qyzmet.domain.catalog.ProcessingTerm$Minutes"),
            row("ProcessingTerm.Hours", ProcessingTerm.Hours.class,
                    "kz.qyzmet.domain.catalog.ProcessingTerm$Hours"),
            row("ProcessingTerm.ByDate", ProcessingTerm.ByDate.class,
                    "kz.qyzmet.domain.catalog.ProcessingTerm$ByDate"),
            row("Fact.Known", Fact.Known.class,
                    "kz.qyzmet.domain.catalog.Fact$Known"),
            row("Fact.Unknown", Fact.Unknown.class,
                    "kz.qyzmet.domain.catalog.Fact$Unknown"),
            row("Explanation.StandardApplied", Explanation.StandardApplied.class,
                    "kz.qyzmet.domain.deadline.Explanation$StandardApplied"),
            row("Explanation.Accepted", Explanation.Accepted.class,
                    "kz.qyzmet.domain.deadline.Explanation$Accepted"),
            row("Explanation.RuleApplied", Explanation.RuleApplied.class,
                    "kz.qyzmet.domain.deadline.Explanation$RuleApplied"),
            row("Explanation.DaySkipped", Explanation.DaySkipped.class,
                    "kz.qyzmet.domain.deadline.Explanation$DaySkipped"),
            row("Explanation.WeekendWorked", Explanation.WeekendWorked.class,
                    "kz.qyzmet.domain.deadline.Explanation$WeekendWorked"),
            row("Explanation.StatutoryRulesOnly", Explanation.StatutoryRulesOnly.class,
                    "kz.qyzmet.domain.deadline.Explanation$StatutoryRulesOnly"),
            row("Explanation.HoursAssumed", Explanation.HoursAssumed.class,
                    "kz.qyzmet.domain.deadline.Explanation$HoursAssumed"),
            row("Explanation.Due", Explanation.Due.class,
                    "kz.qyzmet.domain.deadline.Explanation$Due"),
            row("DayStatus.Workday", DayStatus.Workday.class,
                    "kz.qyzmet.domain.calendar.DayStatus$Workday"),
            row("DayStatus.WorkedWeekend", DayStatus.WorkedWeekend.class,
                    "kz.qyzmet.domain.calendar.DayStatus$WorkedWeekend"),
            row("DayStatus.Weekend", DayStatus.Weekend.class,
                    "kz.qyzmet.domain.calendar.DayStatus$Weekend"),
            row("DayStatus.Holiday", DayStatus.Holiday.class,
                    "kz.qyzmet.domain.calendar.DayStatus$Holiday"),
            row("DayStatus.MovedHoliday", DayStatus.MovedHoliday.class,
                    "kz.qyzmet.domain.calendar.DayStatus$MovedHoliday"),
            row("DayStatus.ReligiousDayOff", DayStatus.ReligiousDayOff.class,
                    "kz.qyzmet.domain.calendar.DayStatus$ReligiousDayOff"),
            row("DayStatus.TransferredDayOff", DayStatus.TransferredDayOff.class,
                    "kz.qyzmet.domain.calendar.DayStatus$TransferredDayOff"));

    private static final Map<Class<?>, String> NAMES = new HashMap<>();
    private static final Map<String, Class<?>> TYPES = new HashMap<>();

    static {
        for (Row row : ROWS) {
            if (NAMES.put(row.type(), row.name()) != null || TYPES.put(row.name(), row.type()) != null
                    || TYPES.put(row.storedBeforeNames(), row.type()) != null) {
                throw new IllegalStateException("stored type names: " + row + " repeats a class or a name");
            }
        }
    }

    private StoredTypeNames() {
    }

    private static Row row(String name, Class<?> type, String storedBeforeNames) {
        return new Row(name, type, storedBeforeNames);
    }

    /**
     * An event under the name it publishes ({@link RequestEvent#typeName()}), the one source of its name for the API
     * and the store. The published name is the record's name of the days before names, so the class it was stored
     * under then follows from it, whatever the record is called now.
     */
    private static Row event(String typeName, Class<? extends RequestEvent> type) {
        return new Row("RequestEvent." + typeName, type, "kz.qyzmet.domain.request.RequestEvent$" + typeName);
    }

    /** A refusal reason under the name it publishes ({@link IntakeRefusalReason#typeName()}), as for {@link #event}. */
    private static Row reason(String typeName, Class<? extends IntakeRefusalReason> type) {
        return new Row("IntakeRefusalReason." + typeName, type, "kz.qyzmet.domain.request.IntakeRefusalReason$" + typeName);
    }

    /** The stored name of a domain class, if it has one. */
    static Optional<String> nameOf(Class<?> type) {
        return Optional.ofNullable(NAMES.get(type));
    }

    /** The class stored under a name, or under the class name written before names. */
    static Optional<Class<?>> typeOf(String storedName) {
        return Optional.ofNullable(TYPES.get(storedName));
    }
}
