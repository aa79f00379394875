package kz.qyzmet.benchmarks.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qyzmet.adapters.persistence.jdbc.JdbcStorage;
import kz.qyzmet.adapters.persistence.memory.InMemoryRequestRepository;
import kz.qyzmet.application.request.port.in.WatchDeadlinesUseCase.WatchReport;
import kz.qyzmet.application.request.port.out.RequestRepository;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.embedded.Qyzmet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deadline watch that reads only the requests due for it (stored next-watch instants, H2) raises the same warnings
 * and returns the same results as the walk over every open request it replaced, on a generated city (2,000 requests)
 * at several moments after its year; and it reads far fewer requests: none at all on a second pass at the same moment,
 * where the old walk read every open request with a deadline again. Counted in requests read, never timed.
 */
class SelectiveWatchTest {

    private static final int REQUESTS = 2_000;
    private static final Actor WATCH = Actor.system("deadline-watch");

    @TempDir
    Path directory;

    @Test
    void theSelectiveWatchDoesWhatTheFullWalkDidAndReadsOnlyWhatItChanges() {
        DeadlinePolicy deadlines = Qyzmet.builder().build().deadlinePolicy();
        ZoneId zone = deadlines.zone();
        Instant morningAfter = Year.of(2026).atDay(2).atTime(9, 0).atZone(zone).toInstant();
        List<Instant> moments = List.of(morningAfter, morningAfter.plus(Duration.ofHours(5)), morningAfter.plus(Duration.ofDays(7)),
                morningAfter.plus(Duration.ofDays(30)), morningAfter.plus(Duration.ofDays(90)));
        InMemoryRequestRepository reference = new InMemoryRequestRepository();
        city(deadlines).generate(REQUESTS, 500, batch -> batch.forEach(request -> reference.add(request, null)));

        try (JdbcStorage storage = JdbcStorage.h2File(directory)) {
            CityCounts counts = CityLoad.into(storage.requests(), city(deadlines), REQUESTS);
            MovingClock clock = new MovingClock(morningAfter);
            try (Qyzmet qyzmet = Qyzmet.builder().repository(storage.requests()).clock(clock).build()) {
                int changedInAll = 0;
                for (Instant moment : moments) {
                    clock.now = moment;
                    Map<RequestId, List<RequestEvent>> expected = fullWalk(reference, moment);
                    changedInAll += expected.size();

                    WatchReport first = qyzmet.requests().deadlineWatch().watch();
                    WatchReport second = qyzmet.requests().deadlineWatch().watch();

                    for (Map.Entry<RequestId, List<RequestEvent>> changed : expected.entrySet()) {
                        assertThat(storage.requests().find(changed.getKey()).orElseThrow().history()).as("request %s at %s", changed.getKey(), moment)
                                .isEqualTo(changed.getValue());
                    }
                    long warnings = expected.values().stream().mapToLong(history -> history.stream().filter(RequestEvent.DeadlineWarning.class::isInstance)
                            .filter(event -> event.header().at().equals(moment)).count()).sum();
                    assertThat((long) first.atRisk() + first.overdue()).as("warnings raised at %s", moment).isEqualTo(warnings);
                    assertThat(first.checked()).as("requests read at %s: those it changed", moment).isEqualTo(expected.size());
                    assertThat(second.checked()).as("a second pass at %s reads nothing", moment).isZero();
                    assertThat(openWithDeadline(storage.requests())).as("the old walk read every open request with a deadline")
                            .isGreaterThan(expected.size());
                }
                assertThat(changedInAll).as("the moments call for warnings and returns").isPositive();
                assertThat(counts.openWithDeadline()).isGreaterThan(moments.size() * 2L);
            }
            // every request, open or closed, reads back as the full walk left it
            for (ServiceRequest request : reference.findOpenWithDeadline(null, Integer.MAX_VALUE)) {
                assertThat(storage.requests().find(request.id()).orElseThrow().history()).isEqualTo(request.history());
            }
        }
    }

    private static CityYear city(DeadlinePolicy deadlines) {
        return CityYear.of2025(deadlines, 17);
    }

    /**
     * The watch as it was before the next-watch instants: every open request with a deadline, page by page, each
     * watched and returned if its storage is over; the histories of those it changed.
     */
    private static Map<RequestId, List<RequestEvent>> fullWalk(RequestRepository repository, Instant now) {
        Map<RequestId, List<RequestEvent>> changed = new LinkedHashMap<>();
        RequestId after = null;
        List<ServiceRequest> page;
        do {
            page = repository.findOpenWithDeadline(after, 200);
            for (ServiceRequest request : page) {
                int before = request.revision();
                request.watchDeadlines(WATCH, now, AtRiskShare.DEFAULT);
                if (request.status() == RequestStatus.AT_STATE_CORPORATION && request.storage().map(storage -> storage.isOver(now)).orElse(false)) {
                    request.returnToProvider(WATCH, now);
                }
                if (request.revision() != before) {
                    repository.update(request, before);
                    changed.put(request.id(), request.history());
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1).id();
        } while (page.size() == 200);
        return changed;
    }

    private static int openWithDeadline(RequestRepository repository) {
        return repository.findOpenWithDeadline(null, Integer.MAX_VALUE).size();
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
