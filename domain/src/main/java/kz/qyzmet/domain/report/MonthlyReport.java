package kz.qyzmet.domain.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.request.ProviderId;

/**
 * A provider's monthly monitoring report on its state services (seed 004, "Мемлекеттік қызмет көрсету
 * бойынша есептерді тапсыру — әр айдың 1-ші күніне"): a row per service and channel, counted under the
 * rules of {@link MonthlyMonitoring}.
 *
 * @param provider the provider
 * @param month    the month, in the provider's zone
 * @param zone     the provider's zone
 * @param from     the month's first instant
 * @param to       the instant after the month
 * @param cutOff   the end of the month, or the moment the report was compiled if that came earlier
 * @param lines    the rows, by service id, then channel; a service and channel with nothing to count has none
 */
public record MonthlyReport(ProviderId provider, YearMonth month, ZoneId zone, Instant from, Instant to, Instant cutOff, List<ReportLine> lines) {

    public MonthlyReport {
        Objects.requireNonNull(provider, "provider: required");
        Objects.requireNonNull(month, "month: required");
        Objects.requireNonNull(zone, "zone: required");
        Objects.requireNonNull(from, "from: required");
        Objects.requireNonNull(to, "to: required");
        Objects.requireNonNull(cutOff, "cutOff: required");
        lines = List.copyOf(lines);
    }

    /** On time and overdue per service, all channels together, in the order of the rows. */
    public Map<ServiceId, Timeliness> timelinessByService() {
        Map<ServiceId, Timeliness> byService = new LinkedHashMap<>();
        for (ReportLine line : lines) {
            byService.merge(line.service(), new Timeliness(line.onTime(), line.overdue()),
                    (a, b) -> new Timeliness(a.onTime() + b.onTime(), a.overdue() + b.overdue()));
        }
        return byService;
    }

    /**
     * On time and overdue counts of a service.
     *
     * @param onTime  completed by the deadline, or open and not yet past it
     * @param overdue completed after the deadline, or open and past it
     */
    public record Timeliness(int onTime, int overdue) {
    }
}
