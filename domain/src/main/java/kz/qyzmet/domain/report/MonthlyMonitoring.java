package kz.qyzmet.domain.report;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Stage;
import kz.qyzmet.domain.visit.CounterVisit;

/**
 * The counting rules of the monthly monitoring report. The month is {@code [from, to)}: from the first day
 * 00:00 to the first day of the next month 00:00 in the provider's zone; the <em>cut-off</em> is {@code to},
 * or the moment of compiling if that comes first. Events after the month, or after the moment of compiling,
 * are not seen (one at the very moment of compiling is). Each request is
 * counted in the row of its service and channel.
 * <ol>
 * <li><b>received</b>: the request was submitted in the month;</li>
 * <li><b>intake refused</b>, <b>accepted</b>, <b>approved</b>, <b>refused</b> (motivated refusal),
 * <b>issued</b> (result handed to the applicant), <b>withdrawn</b>: the event happened in the month —
 * whenever the request was received; intake refusals are also counted per reason ({@code KIND} or
 * {@code KIND:code}), motivated refusals per ground code;</li>
 * <li>a request is <b>completed</b> by its first motivated refusal, issue of the result, or hand-over of
 * the result to the State Corporation (from then on the result waits for the applicant, not for the
 * provider);</li>
 * <li><b>on time / overdue</b>, over the requests with a deadline: one completed in the month is on time
 * if completed at or before its deadline, otherwise overdue; one accepted before the cut-off and neither
 * completed nor withdrawn by it is <em>open</em>, on time if the cut-off is at or before its deadline,
 * otherwise overdue;</li>
 * <li><b>processing time</b> of a request completed in the month: the provider's working time (the
 * default provider hours, less lunch, on the working calendar's working days) from its acceptance moment
 * (the deadline's, so a portal request sent at night counts from the next opening) to its completion;
 * the <b>median</b> and <b>90th percentile</b> are nearest-rank: of the n sorted values, the
 * ⌈p·n/100⌉-th (for an even n the median is the lower middle value);</li>
 * <li><b>missed step</b>: each step of the regulation planned at acceptance ends with a {@link Stage} of the
 * lifecycle (intake, the head's resolution, the executor's review, the head's signature, handing out); a step
 * is <em>missed</em> when its due moment falls in the month (and is seen) and the request, then neither closed
 * nor past the step's stage, had not yet done it — that is, the event that completes the step came after the
 * step's due moment, or has not come. It is counted under the step's role, once. Steps with no stage (the
 * applicant's own) or not watched (the State Corporation's issue to the applicant, who comes when they like)
 * are not tracked.</li>
 * <li><b>counter visits</b>: the visits to the office or State Corporation counter for the provider's
 * requests whose service ended in the month (and is seen), in the row of the request's service and channel;
 * a <b>waiting breach</b> is a visit whose wait from ticket to call exceeded the standard's maximum waiting
 * time, a <b>desk breach</b> one whose service from call to end exceeded the maximum service time (a visit
 * exactly at the limit is no breach; where the standard gives no limit, no breach is counted).</li>
 * </ol>
 */
public final class MonthlyMonitoring {

    private final DeadlinePolicy deadlines;

    /** @param deadlines the deadline policy: the provider's zone, working calendar and default hours */
    public MonthlyMonitoring(DeadlinePolicy deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines: required");
    }

    /**
     * The report of a provider's month, compiled at {@code now}, from its requests (others are ignored;
     * requests that touch nothing of the month add nothing).
     */
    public MonthlyReport compile(ProviderId provider, YearMonth month, Instant now, Collection<ServiceRequest> requests) {
        return compile(provider, month, now, requests, List.of());
    }

    /**
     * The report of a provider's month, compiled at {@code now}, from its requests and the visits to its
     * counters (others' visits are ignored): {@link #compileFacts} over each request's {@link ReportFacts}.
     */
    public MonthlyReport compile(ProviderId provider, YearMonth month, Instant now, Collection<ServiceRequest> requests,
                                 Collection<CounterVisit> visits) {
        Objects.requireNonNull(requests, "requests: required");
        return compileFacts(provider, month, now, requests.stream().map(ReportFacts::of).toList(), visits);
    }

    /**
     * The report of a provider's month, compiled at {@code now}, from the {@linkplain ReportFacts facts} of its requests
     * (others are ignored) and the visits to its counters: the same report as {@link #compile} from the requests the
     * facts were derived from.
     */
    public MonthlyReport compileFacts(ProviderId provider, YearMonth month, Instant now, Collection<ReportFacts> requests,
                                      Collection<CounterVisit> visits) {
        ZoneId zone = deadlines.zone();
        Instant from = start(month);
        Instant to = start(month.plusMonths(1));
        Instant cutOff = now.isBefore(to) ? now : to;
        Map<ServiceId, Map<Channel, Tally>> tallies = new TreeMap<>(Comparator.comparing(ServiceId::value));
        Month seen = new Month(from, to, now);
        for (ReportFacts request : requests) {
            if (!request.provider().equals(provider)) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(request.service(), service -> new EnumMap<>(Channel.class))
                    .computeIfAbsent(request.channel(), channel -> new Tally());
            count(request, seen, tally);
        }
        for (CounterVisit visit : visits) {
            if (!visit.provider().equals(provider) || !seen.contains(visit.servedAt())) {
                continue;
            }
            Tally tally = tallies.computeIfAbsent(visit.service(), service -> new EnumMap<>(Channel.class))
                    .computeIfAbsent(visit.channel(), channel -> new Tally());
            tally.counterVisits++;
            tally.waitingBreaches += visit.waitingBreached() ? 1 : 0;
            tally.deskBreaches += visit.deskBreached() ? 1 : 0;
        }
        List<ReportLine> lines = new ArrayList<>();
        tallies.forEach((service, byChannel) -> byChannel.forEach((channel, tally) -> {
            if (!tally.empty()) {
                lines.add(tally.line(service, channel));
            }
        }));
        return new MonthlyReport(provider, month, zone, from, to, cutOff, lines);
    }

    /** The month's first instant: its first day at 00:00 in the provider's zone. */
    public Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(deadlines.zone()).toInstant();
    }

    /** The month as far as it is seen: from {@code from} up to {@code to} (exclusive) and {@code now} (inclusive). */
    private record Month(Instant from, Instant to, Instant now) {
        boolean seen(Instant instant) {
            return instant.isBefore(to) && !instant.isAfter(now);
        }

        boolean contains(Instant instant) {
            return !instant.isBefore(from) && seen(instant);
        }

        Instant cutOff() {
            return now.isBefore(to) ? now : to;
        }
    }

    private void count(ReportFacts request, Month month, Tally tally) {
        List<ReportFacts.Event> history = request.events().stream().filter(event -> month.seen(event.at())).toList();
        if (month.contains(request.receivedAt())) {
            tally.received++;
        }
        ReportFacts.Acceptance acceptance = null;
        ReportFacts.Event completion = null;
        boolean withdrawn = false;
        for (ReportFacts.Event event : history) {
            boolean inMonth = month.contains(event.at());
            switch (event.kind()) {
                case INTAKE_REFUSED -> {
                    if (inMonth) {
                        tally.intakeRefused++;
                        event.keys().stream().distinct().forEach(key -> tally.intakeReasons.merge(key, 1, Integer::sum));
                    }
                }
                case ACCEPTED -> {
                    acceptance = event.acceptance();
                    tally.accepted += inMonth ? 1 : 0;
                }
                case APPROVED -> tally.approved += inMonth ? 1 : 0;
                case REFUSED -> {
                    if (inMonth) {
                        tally.refused++;
                        event.keys().stream().distinct().forEach(code -> tally.grounds.merge(code, 1, Integer::sum));
                    }
                    completion = completion == null ? event : completion;
                }
                case ISSUED -> {
                    tally.issued += inMonth ? 1 : 0;
                    completion = completion == null ? event : completion;
                }
                case HANDED_TO_STATE_CORPORATION -> completion = completion == null ? event : completion;
                case WITHDRAWN -> {
                    withdrawn = true;
                    tally.withdrawn += inMonth ? 1 : 0;
                }
                case STATUS_CHANGED -> {
                    // no line of the report: read only for the status a step's due moment found
                }
            }
        }
        if (acceptance == null) {
            return;
        }
        Instant due = acceptance.dueAt();
        if (completion != null) {
            Instant completedAt = completion.at();
            if (month.contains(completedAt)) {
                if (completedAt.isAfter(due)) {
                    tally.completedOverdue++;
                } else {
                    tally.completedOnTime++;
                }
                tally.workingTimes.add(deadlines.providerWorkingTime(acceptance.acceptedAt(), completedAt));
            }
        } else if (!withdrawn) {
            if (month.cutOff().isAfter(due)) {
                tally.openOverdue++;
            } else {
                tally.openOnTime++;
            }
        }
        for (ReportFacts.Step step : acceptance.steps()) {
            Optional<Stage> stage = step.stage().filter(Stage::watched);
            if (stage.isEmpty() || !month.contains(step.dueAt())) {
                continue;
            }
            if (stage.get().pendingIn(statusAt(history, step.dueAt()))) {
                tally.missedSteps.merge(step.role(), 1, Integer::sum);
            }
        }
    }

    /** The state the request was in at an instant: the state after the last event at or before it. */
    private static RequestStatus statusAt(List<ReportFacts.Event> history, Instant instant) {
        RequestStatus status = null;
        for (ReportFacts.Event event : history) {
            if (event.at().isAfter(instant)) {
                break;
            }
            status = event.to();
        }
        return status;
    }

    /** Nearest rank: the ⌈p·n/100⌉-th of the sorted values. */
    static Duration percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size() / 100.0);
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static final class Tally {
        int received;
        int intakeRefused;
        final Map<String, Integer> intakeReasons = new TreeMap<>();
        int accepted;
        int approved;
        int refused;
        final Map<String, Integer> grounds = new TreeMap<>();
        int issued;
        int withdrawn;
        int completedOnTime;
        int completedOverdue;
        int openOnTime;
        int openOverdue;
        final List<Duration> workingTimes = new ArrayList<>();
        final Map<Role, Integer> missedSteps = new EnumMap<>(Role.class);
        int counterVisits;
        int waitingBreaches;
        int deskBreaches;

        boolean empty() {
            return received + intakeRefused + accepted + approved + refused + issued + withdrawn + completedOnTime + completedOverdue
                    + openOnTime + openOverdue + missedSteps.size() + counterVisits == 0;
        }

        ReportLine line(ServiceId service, Channel channel) {
            List<Duration> sorted = workingTimes.stream().sorted().toList();
            return new ReportLine(service, channel, received, intakeRefused, intakeReasons, accepted, approved, refused, grounds, issued,
                    withdrawn, completedOnTime, completedOverdue, openOnTime, openOverdue, percentile(sorted, 50), percentile(sorted, 90),
                    missedSteps, counterVisits, waitingBreaches, deskBreaches);
        }
    }
}
