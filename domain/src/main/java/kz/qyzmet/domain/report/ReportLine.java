package kz.qyzmet.domain.report;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceId;

/**
 * One row of the monthly monitoring report (seed 004: "reports on state services, due on the 1st of each
 * month"): the counts of one service on one channel in one month, under the rules of {@link MonthlyMonitoring}.
 *
 * @param service              the service
 * @param channel              the channel the requests came through
 * @param received             requests submitted in the month
 * @param intakeRefused        requests refused at intake in the month
 * @param intakeRefusalReasons those refusals by reason ({@code KIND} or {@code KIND:code}); a request refused
 *                             for two reasons counts once under each
 * @param accepted             requests accepted in the month
 * @param approved             requests approved in the month
 * @param refused              motivated refusals in the month
 * @param refusalGrounds       those refusals by ground code; a refusal citing two grounds counts under each
 * @param issued               results issued to the applicant in the month
 * @param withdrawn            requests withdrawn in the month
 * @param completedOnTime      requests completed in the month by their deadline
 * @param completedOverdue     requests completed in the month after their deadline
 * @param openOnTime           requests open at the month's cut-off and not yet past their deadline
 * @param openOverdue          requests open at the month's cut-off and past their deadline
 * @param medianWorkingTime    the median processing time of the requests completed in the month, in the
 *                             provider's working time; null if none was completed
 * @param p90WorkingTime       the 90th percentile of the same; null if none was completed
 * @param missedSteps          step deadlines of the regulation missed in the month, by the step's role
 * @param counterVisits        visits to the counter (office or State Corporation centre) served in the month
 * @param waitingBreaches      of those, the visits whose wait in the queue exceeded the standard's maximum
 * @param deskBreaches         of those, the visits whose service at the desk exceeded the standard's maximum
 */
public record ReportLine(ServiceId service, Channel channel, int received, int intakeRefused, Map<String, Integer> intakeRefusalReasons,
                         int accepted, int approved, int refused, Map<String, Integer> refusalGrounds, int issued, int withdrawn,
                         int completedOnTime, int completedOverdue, int openOnTime, int openOverdue,
                         Duration medianWorkingTime, Duration p90WorkingTime, Map<Role, Integer> missedSteps,
                         int counterVisits, int waitingBreaches, int deskBreaches) {

    public ReportLine {
        Objects.requireNonNull(service, "service: required");
        Objects.requireNonNull(channel, "channel: required");
        intakeRefusalReasons = java.util.Collections.unmodifiableMap(new TreeMap<>(intakeRefusalReasons));
        refusalGrounds = java.util.Collections.unmodifiableMap(new TreeMap<>(refusalGrounds));
        missedSteps = java.util.Collections.unmodifiableMap(new TreeMap<>(missedSteps));
        for (int count : new int[] {received, intakeRefused, accepted, approved, refused, issued, withdrawn,
                completedOnTime, completedOverdue, openOnTime, openOverdue, counterVisits, waitingBreaches, deskBreaches}) {
            if (count < 0) {
                throw new IllegalArgumentException("counts: must not be negative, was " + count);
            }
        }
    }

    /** A row without counter visits. */
    public ReportLine(ServiceId service, Channel channel, int received, int intakeRefused, Map<String, Integer> intakeRefusalReasons,
                      int accepted, int approved, int refused, Map<String, Integer> refusalGrounds, int issued, int withdrawn,
                      int completedOnTime, int completedOverdue, int openOnTime, int openOverdue,
                      Duration medianWorkingTime, Duration p90WorkingTime, Map<Role, Integer> missedSteps) {
        this(service, channel, received, intakeRefused, intakeRefusalReasons, accepted, approved, refused, refusalGrounds, issued, withdrawn,
                completedOnTime, completedOverdue, openOnTime, openOverdue, medianWorkingTime, p90WorkingTime, missedSteps, 0, 0, 0);
    }

    /** Requests counted on time: completed by their deadline, or open and not yet past it. */
    public int onTime() {
        return completedOnTime + openOnTime;
    }

    /** Requests counted overdue: completed after their deadline, or open and past it. */
    public int overdue() {
        return completedOverdue + openOverdue;
    }

    /** How many requests the processing-time figures are taken over. */
    public int completed() {
        return completedOnTime + completedOverdue;
    }

    public Optional<Duration> median() {
        return Optional.ofNullable(medianWorkingTime);
    }

    public Optional<Duration> p90() {
        return Optional.ofNullable(p90WorkingTime);
    }
}
