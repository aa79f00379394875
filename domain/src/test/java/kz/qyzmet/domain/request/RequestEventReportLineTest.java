package kz.qyzmet.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.report.MonthlyMonitoring;
import kz.qyzmet.domain.report.ReportLine;
import org.junit.jupiter.api.Test;

/**
 * What each kind of request event adds to the monthly report's line: the report's counting visits every member of
 * the family, and those that are no line of the report (assignment, review, readiness, returns, warnings, referrals)
 * add nothing.
 */
class RequestEventReportLineTest {

    private static final YearMonth APRIL_2025 = YearMonth.of(2025, 4);

    private final MonthlyMonitoring monitoring = new MonthlyMonitoring(RequestFixtures.policy());

    private ReportLine line(ServiceRequest request) {
        return line(request, APRIL_2025);
    }

    private ReportLine line(ServiceRequest request, YearMonth month) {
        return monitoring.compile(RequestFixtures.SCHOOL, month, monitoring.start(month.plusMonths(1)), List.of(request)).lines().get(0);
    }

    @Test
    void anIntakeRefusalCountsWithItsReasons() {
        ReportLine line = line(RequestFixtures.inStatus(RequestStatus.INTAKE_REFUSED, Channel.PROVIDER_OFFICE));
        assertThat(List.of(line.received(), line.intakeRefused(), line.accepted(), line.withdrawn())).containsExactly(1, 1, 0, 0);
        assertThat(line.intakeRefusalReasons()).isEqualTo(Map.of("NO_PERSONAL_DATA_CONSENT", 1));
    }

    @Test
    void aWithdrawalCounts() {
        ReportLine line = line(RequestFixtures.inStatus(RequestStatus.WITHDRAWN, Channel.PROVIDER_OFFICE));
        assertThat(List.of(line.received(), line.intakeRefused(), line.accepted(), line.withdrawn())).containsExactly(1, 0, 0, 1);
    }

    @Test
    void aMotivatedRefusalCountsWithItsGroundsAndCompletesTheRequest() {
        ReportLine line = line(RequestFixtures.inStatus(RequestStatus.REFUSED, Channel.PROVIDER_OFFICE));
        assertThat(List.of(line.accepted(), line.approved(), line.refused(), line.issued(), line.completedOnTime(), line.openOnTime()))
                .containsExactly(1, 0, 1, 0, 1, 0);
        assertThat(line.refusalGrounds()).isEqualTo(Map.of("unreliable-documents", 1));
    }

    /** Assignment, review and readiness add nothing; approval and issue count, and the issue completes the request. */
    @Test
    void anIssuedRequestCountsItsApprovalAndIssueOnly() {
        ReportLine line = line(RequestFixtures.inStatus(RequestStatus.ISSUED, Channel.PROVIDER_OFFICE));
        assertThat(List.of(line.received(), line.intakeRefused(), line.accepted(), line.approved(), line.refused(), line.issued(),
                line.withdrawn(), line.completedOnTime(), line.completedOverdue(), line.openOnTime(), line.openOverdue()))
                .containsExactly(1, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0);
    }

    /** From the hand-over the result waits for the applicant, not for the provider: the hand-over completes it. */
    @Test
    void aHandOverToTheStateCorporationCompletesTheRequest() {
        ReportLine line = line(RequestFixtures.inStatus(RequestStatus.AT_STATE_CORPORATION, Channel.STATE_CORPORATION));
        assertThat(List.of(line.approved(), line.issued(), line.completedOnTime(), line.openOnTime())).containsExactly(1, 0, 1, 0);
    }

    @Test
    void warningsAndReferralsAreNoLineOfTheReport() {
        ServiceRequest request = RequestFixtures.accepted(Channel.PROVIDER_OFFICE);
        var due = request.deadline().orElseThrow().dueAt();
        YearMonth warned = YearMonth.from(due.atZone(RequestFixtures.ALMATY));
        ReportLine before = line(request, warned);
        request.watchDeadlines(Actor.system("deadline-watch"), due.minusSeconds(60), AtRiskShare.DEFAULT);
        request.watchDeadlines(Actor.system("deadline-watch"), due.plusSeconds(60), AtRiskShare.DEFAULT);
        request.issueReferral(RequestFixtures.OFFICER, due.plusSeconds(120), "Balapan kindergarten");
        assertThat(request.history()).extracting(RequestEvent::typeName).contains("DeadlineAtRisk", "DeadlineOverdue", "ReferralIssued");
        assertThat(line(request, warned)).isEqualTo(before);
    }
}
