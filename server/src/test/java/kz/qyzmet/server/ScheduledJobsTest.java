package kz.qyzmet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qyzmet.application.request.port.out.StoreBusyException;
import kz.qyzmet.server.scenario.CapturedLogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The server's scheduler runs a job again and again, survives a failing run, and stops on close. */
class ScheduledJobsTest {

    @Test
    void aJobRunsEveryPeriodEvenAfterAFailedRunAndNotAfterClose() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledJobs jobs = new ScheduledJobs();
        jobs.every(Duration.ofMillis(10), () -> {
            runs.incrementAndGet();
            three.countDown();
            if (runs.get() == 1) {
                throw new IllegalStateException("first run fails");
            }
        });
        assertThat(three.await(10, TimeUnit.SECONDS)).as("runs again after a failed run").isTrue();
        jobs.close();
        int afterClose = runs.get();
        Thread.sleep(100);
        assertThat(runs.get()).as("no run after close").isEqualTo(afterClose);
    }

    @RegisterExtension
    final CapturedLogs logs = new CapturedLogs();

    @Test
    void aJobThatWaitedTooLongForMaintenanceIsWarnedAboutNotLoggedAsAFailureAndRunsAgain() throws Exception {
        CountDownLatch two = new CountDownLatch(2);
        ScheduledJobs jobs = new ScheduledJobs();
        jobs.every(Duration.ofMillis(10), () -> {
            two.countDown();
            throw new StoreBusyException(StoreBusyException.Maintenance.COMPACTION, Duration.ofSeconds(30), "paused");
        });
        assertThat(two.await(10, TimeUnit.SECONDS)).as("runs again after a run that waited too long").isTrue();
        jobs.close();
        assertThat(logs.messages()).anyMatch(line -> line.startsWith(
                "A scheduled job waited too long for the database's maintenance (COMPACTION); it runs again"));
        assertThat(logs.messages()).noneMatch(line -> line.startsWith("A scheduled job failed"));
    }

    @Test
    void aDailyJobRunsAtTheNextMomentTheZonesClockShowsItsTime() {
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        Instant beforeThree = ZonedDateTime.parse("2026-12-05T02:59:30+05:00[Asia/Almaty]").toInstant();
        assertThat(ScheduledJobs.untilNext(LocalTime.of(3, 0), almaty, beforeThree)).isEqualTo(Duration.ofSeconds(30));
        Instant atThree = ZonedDateTime.parse("2026-12-05T03:00:00+05:00[Asia/Almaty]").toInstant();
        assertThat(ScheduledJobs.untilNext(LocalTime.of(3, 0), almaty, atThree)).as("never now itself").isEqualTo(Duration.ofDays(1));
        Instant afterThree = ZonedDateTime.parse("2026-12-05T15:00:00+05:00[Asia/Almaty]").toInstant();
        assertThat(ScheduledJobs.untilNext(LocalTime.of(3, 0), almaty, afterThree)).isEqualTo(Duration.ofHours(12));
        // Berlin's clocks jump from 02:00 to 03:00 on 29 March 2026: 02:30 that night is run at 03:30, an hour later
        Instant berlinEvening = ZonedDateTime.parse("2026-03-28T22:30:00+01:00[Europe/Berlin]").toInstant();
        assertThat(ScheduledJobs.untilNext(LocalTime.of(2, 30), ZoneId.of("Europe/Berlin"), berlinEvening)).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void dailyJobsRunAtTheirTimeEvenAfterOneFailsAndClosingDropsTheirNextRuns() throws Exception {
        ZoneId utc = ZoneId.of("UTC");
        LocalTime soon = LocalTime.now(utc).plusSeconds(1);
        CountDownLatch ran = new CountDownLatch(2);
        ScheduledJobs jobs = new ScheduledJobs();
        jobs.dailyAt(soon, utc, () -> {
            ran.countDown();
            throw new IllegalStateException("fails");
        });
        jobs.dailyAt(soon, utc, ran::countDown);
        assertThat(ran.await(1, TimeUnit.MINUTES)).as("both ran at " + soon).isTrue();
        jobs.close();
        assertThat(jobs.closed()).as("closed without waiting for tomorrow's runs").isTrue();
    }
}
