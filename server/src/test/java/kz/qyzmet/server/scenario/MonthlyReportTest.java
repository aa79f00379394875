package kz.qyzmet.server.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import kz.qyzmet.application.report.ReportNotFoundException;
import kz.qyzmet.application.report.port.in.MonthlyReportQuery;
import kz.qyzmet.application.validation.InvalidCommandException;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceId;
import kz.qyzmet.domain.report.MonthlyReport;
import kz.qyzmet.domain.report.ReportLine;
import org.junit.jupiter.api.Test;

/**
 * The monthly monitoring report of school-1 for April 2025 ({@link MonthlyReportFixture}), against counts
 * worked out by hand. Working time: Mon–Fri 9:00–18:00 less lunch 13:00–14:00, 8 hours a day; April 2025
 * has no holiday; the 15-working-day deadline of a request accepted on Tuesday 1 April is Tuesday 22 April
 * 18:00 (2, 3, 4, 7–11, 14–18, 21, 22 April).
 */
class MonthlyReportTest {

    /** The office row, request by request. */
    static final ReportLine OFFICE = new ReportLine(new ServiceId("education-document-duplicate"), Channel.PROVIDER_OFFICE,
            // received in April: A, B, C, D, F, G (H came in March)
            6,
            // F, missing the identity document; B, its document expired
            2, Map.of("MISSING_DOCUMENT:identity-document", 1, "STANDARD_GROUND:expired-documents", 1),
            // accepted: A, C, D, G; approved: A, D; refused after review: none
            4, 2, 0, Map.of(),
            // issued: A (3 April), D (24 April); withdrawn: C
            2, 1,
            // completed on time: A (3 Apr ≤ 22 Apr); completed overdue: D (24 Apr 11:00 > 22 Apr 18:00);
            // open on time: G (due in May); open overdue: H (due 27 March, still unassigned at the cut-off 1 May 00:00)
            1, 1, 1, 1,
            // processing times in working hours:
            //   A: 1 Apr 10:00–13:00 + 14:00–18:00 = 7; 2 Apr = 8; 3 Apr 9:00–10:00 = 1            → 16
            //   D: 1 Apr 9:30–13:00 + 14:00–18:00 = 7.5; 2–23 Apr, 16 working days × 8 = 128; 24 Apr 9–11 = 2 → 137.5
            // sorted 16, 137.5: median = the ⌈0.5·2⌉ = 1st = 16; 90th percentile = the ⌈0.9·2⌉ = 2nd = 137.5
            Duration.ofHours(16), Duration.ofMinutes(137 * 60 + 30),
            // D: the head's resolution was due 1 Apr 10:00 (9:30 + 15 + 15 min), D still ACCEPTED then;
            //    the executor's review was due 21 Apr 18:00 (14 working days after 1 April), D still IN_REVIEW then;
            //    the clerk's issue was due 22 Apr 18:00 (one working day more), D still IN_REVIEW, so not yet issued.
            //    A, E, G were past each step's stage (or closed) at its April deadline; C was withdrawn; B and F were refused at
            //    intake; H's fell in March.
            Map.of(Role.HEAD, 1, Role.EXECUTOR, 1, Role.INTAKE_OFFICER, 1));

    /** The State Corporation row: request E. */
    static final ReportLine STATE_CORPORATION = new ReportLine(new ServiceId("education-document-duplicate"), Channel.STATE_CORPORATION,
            1, 0, Map.of(), 1, 1, 0, Map.of(), 1, 0,
            // completed by the hand-over to the State Corporation on 9 April, on time
            1, 0, 0, 0,
            // E: 7 Apr 10:00–13:00 + 14:00–18:00 = 7; 8 Apr = 8; 9 Apr 9:00–10:00 = 1 → 16 (median and 90th percentile of one)
            Duration.ofHours(16), Duration.ofHours(16),
            // the head assigned at 10:50, before the resolution's step deadline of 11:00 (four 15-minute steps from 10:00);
            // every later step deadline found E issued; the State Corporation's own issue to the applicant is not tracked
            Map.of());

    @Test
    void aprilAtSchoolOneIsWhatWasCountedByHand() {
        ScenarioWorld world = world();
        MonthlyReport report = world.qyzmet.reports().report(new MonthlyReportQuery(ScenarioWorld.HEAD, "school-1", "2025-04"));
        assertThat(report.month()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(report.from()).isEqualTo(MutableClock.almaty(2025, 4, 1, 0, 0));
        assertThat(report.cutOff()).isEqualTo(MutableClock.almaty(2025, 5, 1, 0, 0));
        assertThat(report.lines()).containsExactly(OFFICE, STATE_CORPORATION);
        assertThat(report.timelinessByService()).containsExactly(
                Map.entry(new ServiceId("education-document-duplicate"), new MonthlyReport.Timeliness(3, 2)));
    }

    @Test
    void theStaffOfAnotherProviderAndApplicantsFindNoReportTheSystemDoes() {
        ScenarioWorld world = world();
        var reports = world.qyzmet.reports();
        for (var stranger : new kz.qyzmet.application.request.port.in.ActingUser[] {ScenarioWorld.OTHER_SCHOOL_OFFICER,
                ScenarioWorld.APPLICANT, ScenarioWorld.OPERATOR}) {
            assertThatThrownBy(() -> reports.report(new MonthlyReportQuery(stranger, "school-1", "2025-04")))
                    .as(stranger.user()).isInstanceOf(ReportNotFoundException.class);
        }
        assertThat(reports.report(new MonthlyReportQuery(ScenarioWorld.PORTAL, "school-1", "2025-04")).lines())
                .containsExactly(OFFICE, STATE_CORPORATION);
        assertThat(reports.report(new MonthlyReportQuery(ScenarioWorld.OTHER_SCHOOL_OFFICER, "school-2", "2025-04")).lines())
                .singleElement().satisfies(line -> assertThat(line.received()).isEqualTo(1));
        assertThatThrownBy(() -> reports.report(new MonthlyReportQuery(ScenarioWorld.HEAD, "school-1", "2025-13")))
                .isInstanceOf(InvalidCommandException.class).hasMessageContaining("month");
    }

    @Test
    void marchCountsOnlyWhatHappenedInMarch() {
        MonthlyReport march = world().qyzmet.reports().report(new MonthlyReportQuery(ScenarioWorld.EXECUTOR, "school-1", "2025-03"));
        // H: received and accepted 3 March, due 27 March 18:00 and open at the cut-off 1 April 00:00. It was still ACCEPTED at
        // each of its step deadlines — the head's (3 March 10:30), the executor's (26 March 18:00: 14 working days after
        // 3 March, Nauryz's 21, 24 and 25 March skipped) and the clerk's (27 March 18:00) — so each of the three was missed.
        assertThat(march.lines()).singleElement().satisfies(line -> {
            assertThat(line.received()).isEqualTo(1);
            assertThat(line.accepted()).isEqualTo(1);
            assertThat(line.openOverdue()).isEqualTo(1);
            assertThat(line.completed()).isZero();
            assertThat(line.median()).isEmpty();
            assertThat(line.missedSteps()).isEqualTo(Map.of(Role.HEAD, 1, Role.EXECUTOR, 1, Role.INTAKE_OFFICER, 1));
        });
    }

    private static ScenarioWorld world() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 3, 3, 10, 0));
        MonthlyReportFixture.build(world);
        return world;
    }
}
