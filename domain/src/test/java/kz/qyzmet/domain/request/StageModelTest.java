package kz.qyzmet.domain.request;

import static kz.qyzmet.domain.request.RequestFixtures.ALMATY;
import static kz.qyzmet.domain.request.RequestFixtures.EXECUTOR;
import static kz.qyzmet.domain.request.RequestFixtures.HEAD;
import static kz.qyzmet.domain.request.RequestFixtures.MONDAY_10;
import static kz.qyzmet.domain.request.RequestFixtures.OFFICER;
import static kz.qyzmet.domain.request.RequestFixtures.SCHOOL;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.stream.Collectors;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Citation;
import kz.qyzmet.domain.catalog.ProcedureStep;
import kz.qyzmet.domain.catalog.ProcessingTerm;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.language.Language;
import kz.qyzmet.domain.language.LocalizedText;
import kz.qyzmet.domain.report.MonthlyMonitoring;
import kz.qyzmet.domain.report.ReportLine;
import org.junit.jupiter.api.Test;

/**
 * The cases where the deadline watch's model and the monthly report's model of which step belongs to which stage
 * used to disagree, each decided by what the step's text in the regulation (seed 003) says the role does. Every
 * case asserts both the watch (overdue warnings raised) and the monthly report (missed steps), which now read
 * one {@link Stage}.
 */
class StageModelTest {

    private static final Instant AFTER_ALL_DUE = MONDAY_10.plus(Duration.ofDays(20));
    private static final Instant MOVE = MONDAY_10.plusSeconds(3600);

    @Test
    void the_school_admission_heads_only_step_is_the_enrolment_order_not_a_resolution() {
        // 003 regulation 1, para 10(2): "руководитель услугодателя проверяет предоставленные документы ..., после проверки
        // и анализа предоставленных документов издает приказ о зачислении" — the head's step ends with the order (the
        // result), so naming an executor does not complete it. Both old models read it as the resolution.
        ServiceRequest request = accepted(Channel.PROVIDER_OFFICE, List.of(Role.INTAKE_OFFICER, Role.HEAD));
        request.assign(HEAD, MOVE, EXECUTOR.user());

        assertThat(overdueSteps(request)).containsExactly(2);
        assertThat(missedSteps(request)).isEqualTo(Map.of(Role.HEAD, 1));
        assertThat(Stage.of(steps(List.of(Role.INTAKE_OFFICER, Role.HEAD))))
                .containsExactly(Optional.of(Stage.INTAKE), Optional.of(Stage.SIGNATURE));
    }

    @Test
    void a_heads_step_right_after_the_heads_resolution_is_the_signature() {
        // 003 regulation 3, para 9(2): "согласно резолюции отписывает заявление ... ответственному лицу ... для
        // исполнения" — the resolution hands the request on once; a head's step after it is the head signing
        // ("подписывает у руководителя", para 9(3)), done by the signed result. The monthly report read it as a second
        // resolution, done as soon as an executor was named. No catalog version has two head steps in a row today.
        ServiceRequest request = accepted(Channel.PROVIDER_OFFICE, List.of(Role.INTAKE_OFFICER, Role.HEAD, Role.HEAD));
        request.assign(HEAD, MOVE, EXECUTOR.user());

        assertThat(overdueSteps(request)).containsExactly(3);
        assertThat(missedSteps(request)).isEqualTo(Map.of(Role.HEAD, 1));
    }

    @Test
    void the_executors_step_without_a_heads_step_after_it_runs_until_the_signed_result() {
        // 003 regulation 3, para 9(3): the executor "проверяет полноту документов, подготавливает дубликат, подписывает у
        // руководителя услугодателя после передает ответственному лицу ... для выдачи" — the step ends when the signed
        // duplicate is handed on, not at the approval. The monthly report counted it done at the approval.
        ServiceRequest request = accepted(Channel.PROVIDER_OFFICE, List.of(Role.INTAKE_OFFICER, Role.HEAD, Role.EXECUTOR, Role.INTAKE_OFFICER));
        request.assign(HEAD, MOVE, EXECUTOR.user());
        request.startReview(EXECUTOR, MOVE);
        request.approve(EXECUTOR, MOVE);

        assertThat(overdueSteps(request)).containsExactly(3, 4);
        assertThat(missedSteps(request)).isEqualTo(Map.of(Role.EXECUTOR, 1, Role.INTAKE_OFFICER, 1));
    }

    @Test
    void the_state_corporations_issue_to_the_applicant_is_neither_watched_nor_reported() {
        // 003 regulation 3, para 12(7): "работник Государственной корпорации выдает дубликат ... услугополучателю" — the
        // applicant comes when they like.
        ServiceRequest request = accepted(Channel.STATE_CORPORATION, List.of(Role.STATE_CORPORATION_OPERATOR, Role.INTAKE_OFFICER, Role.HEAD, Role.EXECUTOR,
                Role.INTAKE_OFFICER, Role.STATE_CORPORATION_OPERATOR));
        request.assign(HEAD, MOVE, EXECUTOR.user());
        request.startReview(EXECUTOR, MOVE);
        request.approve(EXECUTOR, MOVE);
        request.markReady(HEAD, MOVE);
        request.handOver(OFFICER, MOVE, ALMATY);

        assertThat(overdueSteps(request)).isEmpty();
        assertThat(missedSteps(request)).isEmpty();
    }

    @Test
    void every_stage_is_completed_by_exactly_the_events_that_take_a_request_out_of_its_statuses() {
        for (Stage stage : Stage.values()) {
            for (RequestStatus status : RequestStatus.values()) {
                if (stage.waiting().contains(status)) {
                    assertThat(stage.pendingIn(status)).as("%s waits in %s", stage, status).isTrue();
                }
            }
        }
        assertThat(Stage.waitedIn(RequestStatus.ISSUED)).isEmpty();
        assertThat(Stage.waitedIn(null)).isEmpty();
        assertThat(Stage.REVIEW.pendingIn(RequestStatus.APPROVED)).isFalse();
        assertThat(Stage.SIGNATURE.pendingIn(RequestStatus.ACCEPTED)).isTrue();
    }

    private static List<Integer> overdueSteps(ServiceRequest request) {
        return request.watchDeadlines(Actor.system("deadline-watch"), AFTER_ALL_DUE, AtRiskShare.DEFAULT).stream()
                .filter(RequestEvent.DeadlineOverdue.class::isInstance).map(RequestEvent.DeadlineWarning::step)
                .filter(java.util.Objects::nonNull).sorted().toList();
    }

    private static Map<Role, Integer> missedSteps(ServiceRequest request) {
        List<ReportLine> lines = new MonthlyMonitoring(RequestFixtures.policy())
                .compile(SCHOOL, YearMonth.of(2025, 4), AFTER_ALL_DUE.plus(Duration.ofDays(30)), List.of(request)).lines();
        return lines.stream().flatMap(line -> line.missedSteps().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Integer::sum));
    }

    /** A request accepted on Monday 14 April 2025 at 10:00 whose steps are due one day after another. */
    private static ServiceRequest accepted(Channel channel, List<Role> roles) {
        ServiceRequest request = RequestFixtures.submitted(channel);
        Deadline deadline = RequestFixtures.policy().deadline(RequestFixtures.SERVICE, RequestFixtures.version(), channel, MONDAY_10);
        List<StepDeadline> planned = new ArrayList<>();
        List<ProcedureStep> steps = steps(roles);
        for (int i = 0; i < steps.size(); i++) {
            planned.add(new StepDeadline(i + 1, steps.get(i), MONDAY_10.plus(Duration.ofDays(i)), MONDAY_10.plus(Duration.ofDays(i + 1))));
        }
        request.accept(channel == Channel.STATE_CORPORATION ? RequestFixtures.OPERATOR : OFFICER, MONDAY_10, RequestFixtures.version().id(), deadline, planned);
        return request;
    }

    static List<ProcedureStep> steps(List<Role> roles) {
        Citation source = new Citation("003", Language.RU, "test", "длительность процедуры");
        return roles.stream().map(role -> new ProcedureStep(role, ProcessingTerm.workingDays(1), LocalizedText.of("қадам", "шаг"), source))
                .toList();
    }

}
