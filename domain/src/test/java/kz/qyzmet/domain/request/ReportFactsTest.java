package kz.qyzmet.domain.request;

import static kz.qyzmet.domain.request.RequestFixtures.EXECUTOR;
import static kz.qyzmet.domain.request.RequestFixtures.HEAD;
import static kz.qyzmet.domain.request.RequestFixtures.MONDAY_10;
import static kz.qyzmet.domain.request.RequestFixtures.OFFICER;
import static kz.qyzmet.domain.request.RequestFixtures.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.report.MonthlyMonitoring;
import kz.qyzmet.domain.report.MonthlyReport;
import kz.qyzmet.domain.report.ReportFacts;
import kz.qyzmet.domain.report.ReportLine;
import org.junit.jupiter.api.Test;

/**
 * A request's {@link ReportFacts} hold what the monthly rules read and no more, and the report counted from them is the
 * report counted from the request — at the edges: a step whose completing event comes exactly at its due moment (done)
 * or a nanosecond after (missed), a report compiled exactly at a step's due moment or a nanosecond before, and a report
 * compiled in the middle of the month, which does not see what happened after it.
 */
class ReportFactsTest {

    private static final MonthlyMonitoring MONITORING = new MonthlyMonitoring(RequestFixtures.policy());
    private static final YearMonth APRIL = YearMonth.of(2025, 4);
    /** The first moment after April 2025 in Almaty: the whole month is seen. */
    private static final Instant MAY = LocalDate.of(2025, 5, 1).atStartOfDay(RequestFixtures.ALMATY).toInstant();
    private static final List<Role> ROLES = List.of(Role.INTAKE_OFFICER, Role.HEAD, Role.EXECUTOR, Role.INTAKE_OFFICER);
    /** The head's resolution (step 2) is due two days after acceptance. */
    private static final Instant RESOLUTION_DUE = MONDAY_10.plus(Duration.ofDays(2));

    @Test
    void a_step_done_exactly_at_its_due_moment_is_not_missed_and_one_done_a_nanosecond_later_is() {
        ServiceRequest onTheMoment = accepted();
        onTheMoment.assign(HEAD, RESOLUTION_DUE, EXECUTOR.user());
        ServiceRequest aNanosecondLate = accepted();
        aNanosecondLate.assign(HEAD, RESOLUTION_DUE.plusNanos(1), EXECUTOR.user());

        assertThat(missedSteps(onTheMoment, MAY)).doesNotContainKey(Role.HEAD);
        assertThat(missedSteps(aNanosecondLate, MAY)).containsEntry(Role.HEAD, 1);
    }

    @Test
    void a_step_due_exactly_when_the_report_is_compiled_is_seen_and_one_due_a_nanosecond_later_is_not() {
        ServiceRequest late = accepted();
        late.assign(HEAD, RESOLUTION_DUE.plus(Duration.ofHours(1)), EXECUTOR.user());

        assertThat(missedSteps(late, RESOLUTION_DUE)).containsEntry(Role.HEAD, 1);
        assertThat(missedSteps(late, RESOLUTION_DUE.minusNanos(1))).doesNotContainKey(Role.HEAD);
    }

    @Test
    void a_report_compiled_in_the_middle_of_the_month_does_not_see_what_came_after() {
        ServiceRequest request = accepted();
        Instant assigned = MONDAY_10.plus(Duration.ofHours(2));
        request.assign(HEAD, assigned, EXECUTOR.user());
        request.startReview(EXECUTOR, assigned);
        request.approve(EXECUTOR, assigned.plus(Duration.ofDays(1)));
        request.markReady(HEAD, assigned.plus(Duration.ofDays(1)));
        Instant issued = assigned.plus(Duration.ofDays(2));
        request.issue(OFFICER, issued);

        ReportLine before = line(request, issued.minusNanos(1));
        ReportLine at = line(request, issued);

        assertThat(before.issued()).isZero();
        assertThat(before.openOnTime() + before.openOverdue()).isEqualTo(1);
        assertThat(before.medianWorkingTime()).isNull();
        assertThat(at.issued()).isEqualTo(1);
        assertThat(at.completedOnTime() + at.completedOverdue()).isEqualTo(1);
        assertThat(at.openOnTime() + at.openOverdue()).isZero();
    }

    @Test
    void the_facts_keep_the_counted_events_and_the_changes_of_status_and_drop_the_rest() {
        ServiceRequest request = accepted();
        request.assign(HEAD, MONDAY_10.plus(Duration.ofHours(1)), EXECUTOR.user());
        // warnings leave the status as it was: no fact
        List<RequestEvent.DeadlineWarning> warnings = request.watchDeadlines(Actor.system("deadline-watch"), MONDAY_10.plus(Duration.ofDays(30)),
                AtRiskShare.DEFAULT);
        assertThat(warnings).isNotEmpty();
        request.startReview(EXECUTOR, MONDAY_10.plus(Duration.ofDays(31)));

        ReportFacts facts = ReportFacts.of(request);

        assertThat(facts.events()).extracting(ReportFacts.Event::kind).containsExactly(ReportFacts.Kind.STATUS_CHANGED, ReportFacts.Kind.ACCEPTED,
                ReportFacts.Kind.STATUS_CHANGED, ReportFacts.Kind.STATUS_CHANGED);
        assertThat(facts.events()).extracting(ReportFacts.Event::to).containsExactly(RequestStatus.SUBMITTED, RequestStatus.ACCEPTED,
                RequestStatus.ASSIGNED, RequestStatus.IN_REVIEW);
        ReportFacts.Acceptance acceptance = facts.events().get(1).acceptance();
        assertThat(acceptance.steps()).extracting(ReportFacts.Step::role).containsExactlyElementsOf(ROLES);
        assertThat(acceptance.steps()).extracting(ReportFacts.Step::stage).containsExactlyElementsOf(Stage.of(StageModelTest.steps(ROLES)));
        assertThat(acceptance.dueAt()).isEqualTo(request.deadline().orElseThrow().dueAt());
        assertThat(facts.receivedAt()).isEqualTo(request.submission().receivedAt());
        assertThat(facts.provider()).isEqualTo(SCHOOL);
    }

    @Test
    void refusals_keep_their_keys_and_only_an_acceptance_has_deadline_facts() {
        ServiceRequest refused = RequestFixtures.submitted(Channel.PROVIDER_OFFICE);
        refused.refuseIntake(OFFICER, MONDAY_10.plusSeconds(60), List.of(new IntakeRefusalReason.NoPersonalDataConsent()));

        assertThat(ReportFacts.of(refused).events().get(1).keys()).containsExactly("NO_PERSONAL_DATA_CONSENT");
        assertThatThrownBy(() -> new ReportFacts.Event(ReportFacts.Kind.ACCEPTED, MONDAY_10, RequestStatus.ACCEPTED, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acceptance");
        assertThatThrownBy(() -> new ReportFacts.Event(ReportFacts.Kind.ISSUED, MONDAY_10, RequestStatus.ISSUED, List.of("x"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keys");
    }

    /** The missed steps of April, counted from the request and from its facts, which must agree. */
    private static Map<Role, Integer> missedSteps(ServiceRequest request, Instant now) {
        return line(request, now).missedSteps();
    }

    private static ReportLine line(ServiceRequest request, Instant now) {
        MonthlyReport fromRequest = MONITORING.compile(SCHOOL, APRIL, now, List.of(request));
        MonthlyReport fromFacts = MONITORING.compileFacts(SCHOOL, APRIL, now, List.of(ReportFacts.of(request)), List.of());
        assertThat(fromFacts).isEqualTo(fromRequest);
        assertThat(fromRequest.lines()).hasSize(1);
        return fromRequest.lines().get(0);
    }

    /** Accepted on Monday 14 April 2025 at 10:00, its steps (clerk, head, executor, clerk) due one day after another. */
    private static ServiceRequest accepted() {
        ServiceRequest request = RequestFixtures.submitted(Channel.PROVIDER_OFFICE);
        Deadline deadline = RequestFixtures.policy().deadline(RequestFixtures.SERVICE, RequestFixtures.version(), Channel.PROVIDER_OFFICE, MONDAY_10);
        List<ProcedureStep> steps = StageModelTest.steps(ROLES);
        List<StepDeadline> planned = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            planned.add(new StepDeadline(i + 1, steps.get(i), MONDAY_10.plus(Duration.ofDays(i)), MONDAY_10.plus(Duration.ofDays(i + 1))));
        }
        request.accept(OFFICER, MONDAY_10, RequestFixtures.version().id(), deadline, planned);
        return request;
    }
}
