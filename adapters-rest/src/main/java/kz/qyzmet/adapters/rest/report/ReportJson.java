package kz.qyzmet.adapters.rest.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.qyzmet.domain.report.MonthlyReport;
import kz.qyzmet.domain.report.ReportLine;

/** The monthly report as JSON: the domain's report, with processing times in working hours (two decimals). */
record ReportJson(String provider, String month, String zone, String from, String to, String cutOff, List<Line> lines) {

    static ReportJson of(MonthlyReport report) {
        return new ReportJson(report.provider().value(), report.month().toString(), report.zone().getId(), at(report, report.from()),
                at(report, report.to()), at(report, report.cutOff()), report.lines().stream().map(Line::of).toList());
    }

    private static String at(MonthlyReport report, java.time.Instant instant) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(report.zone()));
    }

    /** One row: a service on a channel. */
    record Line(String service, String channel, int received, int intakeRefused, Map<String, Integer> intakeRefusalReasons, int accepted,
                int approved, int refused, Map<String, Integer> refusalGrounds, int issued, int withdrawn, int onTime, int overdue,
                int completedOnTime, int completedOverdue, int openOnTime, int openOverdue, int completed, BigDecimal medianWorkingHours,
                BigDecimal p90WorkingHours, Map<String, Integer> missedSteps, int counterVisits, int waitingBreaches, int deskBreaches) {

        static Line of(ReportLine line) {
            return new Line(line.service().value(), line.channel().name(), line.received(), line.intakeRefused(), line.intakeRefusalReasons(),
                    line.accepted(), line.approved(), line.refused(), line.refusalGrounds(), line.issued(), line.withdrawn(), line.onTime(),
                    line.overdue(), line.completedOnTime(), line.completedOverdue(), line.openOnTime(), line.openOverdue(), line.completed(),
                    hours(line.medianWorkingTime()), hours(line.p90WorkingTime()),
                    line.missedSteps().entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue,
                            (a, b) -> a, java.util.TreeMap::new)), line.counterVisits(), line.waitingBreaches(), line.deskBreaches());
        }
    }

    /** Working hours with two decimals, or null. */
    static BigDecimal hours(Duration duration) {
        return duration == null ? null : BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP);
    }
}
