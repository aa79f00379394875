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
 * earlier), so that data stored then still reads. The JDK's own collection types keep their class names.
 *
 * <p>Writing a domain value whose class has no row fails, naming the class: add a row with a new name.
 */
final class StoredTypeNames {

    /** One kind: its stored name, its class today, and the class name it was stored under before names. */
    record Row(String name, Class<?> type, String storedBeforeNames) {
    }

    static final List<Row> ROWS = List.of(
            row("RequestEvent.RequestSubmitted", RequestEvent.RequestSubmitted.class,
                    "kz.qyzmet.domain.request.RequestEvent$RequestSubmitted"),
            row("RequestEvent.IntakeRefused", RequestEvent.IntakeRefused.class,
                    "kz.qyzmet.domain.request.RequestEvent$IntakeRefused"),
            row("RequestEvent.RequestAccepted", RequestEvent.RequestAccepted.class,
                    "kz.qyzmet.domain.request.RequestEvent$RequestAccepted"),
            row("RequestEvent.ExecutorAssigned", RequestEvent.ExecutorAssigned.class,
                    "kz.qyzmet.domain.request.RequestEvent$ExecutorAssigned"),
            row("RequestEvent.ReviewStarted", RequestEvent.ReviewStarted.class,
                    "kz.qyzmet.domain.request.RequestEvent$ReviewStarted"),
            row("RequestEvent.RequestApproved", RequestEvent.RequestApproved.class,
                    "kz.qyzmet.domain.request.RequestEvent$RequestApproved"),
            row("RequestEvent.RequestRefused", RequestEvent.RequestRefused.class,
                    "kz.qyzmet.domain.request.RequestEvent$RequestRefused"),
            row("RequestEvent.ResultReady", RequestEvent.ResultReady.class,
                    "kz.qyzmet.domain.request.RequestEvent$ResultReady"),
            row("RequestEvent.HandedToStateCorporation", RequestEvent.HandedToStateCorporation.class,
                    "kz.qyzmet.domain.request.RequestEvent$HandedToStateCorporation"),
            row("RequestEvent.ReturnedToProvider", RequestEvent.ReturnedToProvider.class,
                    "kz.qyzmet.domain.request.RequestEvent$ReturnedToProvider"),
            row("RequestEvent.ReRequested", RequestEvent.ReRequested.class,
                    "kz.qyzmet.domain.request.RequestEvent$ReRequested"),
            row("RequestEvent.ResultIssued", RequestEvent.ResultIssued.class,
                    "kz.qyzmet.domain.request.RequestEvent$ResultIssued"),
            row("RequestEvent.RequestWithdrawn", RequestEvent.RequestWithdrawn.class,
                    "kz.qyzmet.domain.request.RequestEvent$RequestWithdrawn"),
            row("RequestEvent.DeadlineAtRisk", RequestEvent.DeadlineAtRisk.class,
                    "kz.qyzmet.domain.request.RequestEvent$DeadlineAtRisk"),
            row("RequestEvent.DeadlineOverdue", RequestEvent.DeadlineOverdue.class,
                    "kz.qyzmet.domain.request.RequestEvent$DeadlineOverdue"),
            row("RequestEvent.ReferralIssued", RequestEvent.ReferralIssued.class,
                    "kz.qyzmet.domain.request.RequestEvent$ReferralIssued"),
            row("IntakeRefusalReason.MissingDocument", IntakeRefusalReason.MissingDocument.class,
                    "kz.qyzmet.domain.request.IntakeRefusalReason$MissingDocument"),
            row("IntakeRefusalReason.ExpiredDocument", IntakeRefusalReason.ExpiredDocument.class,
                    "kz.qyzmet.domain.request.IntakeRefusalReason$ExpiredDocument"),
            row("IntakeRefusalReason.WindowClosed", IntakeRefusalReason.WindowClosed.class,
                    "kz.qyzmet.domain.request.IntakeRefusalReason$WindowClosed"),
            row("IntakeRefusalReason.NoPersonalDataConsent", IntakeRefusalReason.NoPersonalDataConsent.class,
                    "kz.qyzmet.domain.request.IntakeRefusalReason$NoPersonalDataConsent"),
            row("IntakeRefusalReason.StandardGround", IntakeRefusalReason.StandardGround.class,
                    "kz.qyzmet.domain.request.IntakeRefusalReason$StandardGround"),
            row("IntakeRefusalReason.PowerOfAttorneyNotConfirmed", IntakeRefusalReason.PowerOfAttorneyNotConfirmed.class,
                    "kz.qyzmet.domain.request.IntakeRefusalReason$PowerOfAttorneyNotConfirmed"),
            row("IntakeRefusalReason.AlreadyThisSchoolYear", IntakeRefusalReason.AlreadyThisSchoolYear.class,
                    "kz.qyzmet.domain.request.IntakeRefusalReason$AlreadyThisSchoolYear"),
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

    /** The stored name of a domain class, if it has one. */
    static Optional<String> nameOf(Class<?> type) {
        return Optional.ofNullable(NAMES.get(type));
    }

    /** The class stored under a name, or under the class name written before names. */
    static Optional<Class<?>> typeOf(String storedName) {
        return Optional.ofNullable(TYPES.get(storedName));
    }
}
