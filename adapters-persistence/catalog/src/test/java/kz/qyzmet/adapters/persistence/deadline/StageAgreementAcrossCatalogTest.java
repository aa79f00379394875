package kz.qyzmet.adapters.persistence.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.qyzmet.adapters.persistence.calendar.JsonCalendarSource;
import kz.qyzmet.adapters.persistence.catalog.JsonCatalogSource;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.catalog.Procedure;
import kz.qyzmet.domain.catalog.Role;
import kz.qyzmet.domain.catalog.ServiceStandard;
import kz.qyzmet.domain.catalog.StandardVersion;
import kz.qyzmet.domain.deadline.AtRiskShare;
import kz.qyzmet.domain.deadline.Deadline;
import kz.qyzmet.domain.deadline.DeadlinePolicy;
import kz.qyzmet.domain.deadline.StepDeadline;
import kz.qyzmet.domain.report.MonthlyMonitoring;
import kz.qyzmet.domain.request.Actor;
import kz.qyzmet.domain.request.Applicant;
import kz.qyzmet.domain.request.Iin;
import kz.qyzmet.domain.request.ProviderId;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestId;
import kz.qyzmet.domain.request.RequestStatus;
import kz.qyzmet.domain.request.ServiceRequest;
import kz.qyzmet.domain.request.Submission;
import kz.qyzmet.domain.request.UserId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The deadline watch and the monthly report agree, for every procedure of every version in the built-in catalog
 * and every state a request passes through, on which of the regulation's steps are not done: the steps the watch
 * calls overdue once every step is due (and the one-month storage at the State Corporation is over) are, role for role, the steps the month's report counts as missed. The
 * steps are planned one day after another from acceptance; the moves all happen before the first step is due.
 */
class StageAgreementAcrossCatalogTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final ProviderId SCHOOL = ProviderId.of("school-1");
    private static final Actor OFFICER = Actor.staff(UserId.of("clerk"), Role.INTAKE_OFFICER, SCHOOL);
    private static final Actor HEAD = Actor.staff(UserId.of("director"), Role.HEAD, SCHOOL);
    private static final Actor EXECUTOR = Actor.staff(UserId.of("teacher"), Role.EXECUTOR, SCHOOL);
    private static final Actor OPERATOR = new Actor(UserId.of("operator"), Role.STATE_CORPORATION_OPERATOR, null, null);
    private static final Instant ACCEPTED_AT = LocalDate.of(2025, 4, 14).atTime(10, 0).atZone(ALMATY).toInstant();
    private static final Instant MOVED_AT = ACCEPTED_AT.plusSeconds(600);
    private static final Instant WATCHED_AT = ACCEPTED_AT.plus(Duration.ofDays(60));
    private static final DeadlinePolicy POLICY = new DeadlinePolicy(JsonCalendarSource.builtIn().calendar(), ALMATY, CatalogDeadlinesAcrossNauryzTest.defaultHours());
    private static final List<RequestStatus> STATES = List.of(RequestStatus.ACCEPTED, RequestStatus.ASSIGNED, RequestStatus.IN_REVIEW,
            RequestStatus.APPROVED, RequestStatus.RESULT_READY, RequestStatus.AT_STATE_CORPORATION, RequestStatus.RETURNED_TO_PROVIDER,
            RequestStatus.ISSUED, RequestStatus.WITHDRAWN);

    static Stream<Arguments> everyProcedureInEveryState() {
        List<Arguments> cases = new ArrayList<>();
        for (ServiceStandard standard : JsonCatalogSource.builtIn().catalog().standards()) {
            for (StandardVersion version : standard.versions()) {
                for (Procedure procedure : version.procedures().value().orElse(List.of())) {
                    for (RequestStatus status : STATES) {
                        cases.add(Arguments.of(standard.id().value() + " " + version.id().value() + " " + procedure.code().value(),
                                standard, version, procedure, status));
                    }
                }
            }
        }
        assertThat(cases).as("catalog procedures with steps").isNotEmpty();
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} in {4}")
    @MethodSource("everyProcedureInEveryState")
    void theWatchAndTheReportAgreeOnTheStepsNotDone(String name, ServiceStandard standard, StandardVersion version, Procedure procedure,
                                                     RequestStatus status) {
        Channel channel = procedure.channels().contains(Channel.STATE_CORPORATION) ? Channel.STATE_CORPORATION
                : procedure.channels().iterator().next();
        ServiceRequest request = accepted(standard, version, procedure, channel);
        moveTo(request, status, channel);

        Map<Role, Long> overdue = request.watchDeadlines(Actor.system("deadline-watch"), WATCHED_AT, AtRiskShare.DEFAULT)
                .stream().filter(RequestEvent.DeadlineOverdue.class::isInstance).map(RequestEvent.DeadlineWarning::step)
                .filter(Objects::nonNull).map(step -> request.steps().get(step - 1).step().role())
                .collect(Collectors.groupingBy(role -> role, Collectors.counting()));
        Map<Role, Long> missed = new MonthlyMonitoring(POLICY).compile(SCHOOL, YearMonth.of(2025, 4), WATCHED_AT,
                        List.of(request)).lines().stream()
                .flatMap(line -> line.missedSteps().entrySet().stream())
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.summingLong(Map.Entry::getValue)));

        assertThat(missed).as("%s: missed in the report vs overdue in the watch", name).isEqualTo(overdue);
    }

    private static ServiceRequest accepted(ServiceStandard standard, StandardVersion version, Procedure procedure, Channel channel) {
        Submission submission = new Submission(standard.id(), channel, SCHOOL, Applicant.inPerson(Iin.of("061211600012")), List.of(), true,
                ACCEPTED_AT);
        ServiceRequest request = ServiceRequest.submit(new RequestId(UUID.randomUUID()), submission,
                Actor.applicant(UserId.of("citizen"), Iin.of("061211600012")));
        Deadline overall = POLICY.deadline(standard.id(), version, channel, ACCEPTED_AT);
        List<StepDeadline> steps = new ArrayList<>();
        for (int i = 0; i < procedure.steps().size(); i++) {
            steps.add(new StepDeadline(i + 1, procedure.steps().get(i), ACCEPTED_AT.plus(Duration.ofDays(i)),
                    ACCEPTED_AT.plus(Duration.ofDays(i + 1))));
        }
        request.accept(channel == Channel.STATE_CORPORATION ? OPERATOR : OFFICER, ACCEPTED_AT, version.id(), overall, steps);
        return request;
    }

    /** The shortest legal path to the state; a state the channel never reaches stays at the nearest before it. */
    private static void moveTo(ServiceRequest request, RequestStatus status, Channel channel) {
        if (status == RequestStatus.ACCEPTED) {
            return;
        }
        if (status == RequestStatus.WITHDRAWN) {
            request.withdraw(Actor.applicant(UserId.of("citizen"), Iin.of("061211600012")), MOVED_AT);
            return;
        }
        request.assign(HEAD, MOVED_AT, EXECUTOR.user());
        if (status == RequestStatus.ASSIGNED) {
            return;
        }
        request.startReview(EXECUTOR, MOVED_AT);
        if (status == RequestStatus.IN_REVIEW) {
            return;
        }
        request.approve(EXECUTOR, MOVED_AT);
        if (status == RequestStatus.APPROVED) {
            return;
        }
        request.markReady(HEAD, MOVED_AT);
        if (status == RequestStatus.RESULT_READY) {
            return;
        }
        if (channel != Channel.STATE_CORPORATION) {
            if (status == RequestStatus.ISSUED) {
                request.issue(OFFICER, MOVED_AT);
            }
            return;
        }
        request.handOver(OFFICER, MOVED_AT, ALMATY);
        if (status == RequestStatus.ISSUED) {
            request.issue(OPERATOR, MOVED_AT);
        } else if (status == RequestStatus.RETURNED_TO_PROVIDER) {
            request.returnToProvider(OPERATOR, MOVED_AT.plus(Duration.ofDays(40)));
        }
    }
}
