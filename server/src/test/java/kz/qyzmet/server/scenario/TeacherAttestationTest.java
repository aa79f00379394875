package kz.qyzmet.server.scenario;

import static kz.qyzmet.server.scenario.ScenarioWorld.APPLICANT;
import static kz.qyzmet.server.scenario.ScenarioWorld.EXECUTOR;
import static kz.qyzmet.server.scenario.ScenarioWorld.HEAD;
import static kz.qyzmet.server.scenario.ScenarioWorld.OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.OTHER_SCHOOL_OFFICER;
import static kz.qyzmet.server.scenario.ScenarioWorld.act;
import static kz.qyzmet.server.scenario.ScenarioWorld.documents;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.qyzmet.application.attestation.port.in.DueAttestation;
import kz.qyzmet.application.attestation.port.in.DueAttestationsQuery;
import kz.qyzmet.application.request.port.in.RequestView;
import kz.qyzmet.domain.catalog.Channel;
import kz.qyzmet.domain.request.IntakeRefusalReason;
import kz.qyzmet.domain.request.RequestEvent;
import kz.qyzmet.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * Teacher attestation (803014) beyond the lifecycle: applications 1 September – 31 December, once per school
 * year (source 000 annex 3 field 10, carried into 004), and a teacher whose last attestation was issued five
 * years ago or more is due (source 004 plan row 8: «кемінде бес жылда бір рет»).
 */
class TeacherAttestationTest {

    private static RequestView attestation(ScenarioWorld world) {
        RequestView submitted = world.submit(OFFICER, "803014", Channel.PROVIDER_OFFICE, "school-1", documents("application"), true, null);
        return world.qyzmet.requests().intake().accept(act(OFFICER, submitted));
    }

    private static RequestView issue(ScenarioWorld world, RequestView request) {
        var requests = world.qyzmet.requests();
        request = world.assign(HEAD, request, EXECUTOR);
        request = requests.review().startReview(act(EXECUTOR, request));
        request = requests.review().approve(act(EXECUTOR, request));
        request = requests.issuing().markReady(act(HEAD, request));
        return requests.issuing().issue(act(OFFICER, request));
    }

    @Test
    void aSecondApplicationInTheSameSchoolYearIsRefusedAtIntakeNamingTheFirst() {
        MutableClock clock = new MutableClock(2025, 9, 15, 10, 0);
        ScenarioWorld world = new ScenarioWorld(clock);
        RequestView first = attestation(world);
        assertThat(first.status()).isEqualTo(RequestStatus.ACCEPTED);

        clock.set(2025, 12, 1, 11, 0);
        RequestView second = attestation(world);
        assertThat(second.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
        List<IntakeRefusalReason> reasons = ((RequestEvent.IntakeRefused) second.history().get(1)).reasons();
        assertThat(reasons).containsExactly(new IntakeRefusalReason.AlreadyThisSchoolYear(
                kz.qyzmet.domain.catalog.CatalogCode.of("attestation-once-per-school-year"), first.id(), LocalDate.of(2025, 9, 1)));

        // the next school year it is taken in again
        clock.set(2026, 9, 14, 10, 0);
        assertThat(attestation(world).status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    /** Taken in together, a register is checked as if its requests were taken in one after the other. */
    @Test
    void aSecondApplicationInOneRegisterTakenInTogetherIsRefusedAtIntakeNamingTheFirst() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2025, 9, 15, 10, 0));
        RequestView first = world.submit(OFFICER, "803014", Channel.PROVIDER_OFFICE, "school-1", documents("application"), true, null);
        RequestView second = world.submit(OFFICER, "803014", Channel.PROVIDER_OFFICE, "school-1", documents("application"), true, null);

        List<kz.qyzmet.application.request.port.in.AcceptOutcome> outcomes = world.qyzmet.requests().intake().acceptAll(
                new kz.qyzmet.application.request.port.in.AcceptBatchCommand(List.of(act(OFFICER, first), act(OFFICER, second))));

        assertThat(outcomes.get(0).requestOrThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        RequestView refused = outcomes.get(1).requestOrThrow();
        assertThat(refused.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
        assertThat(((RequestEvent.IntakeRefused) refused.history().get(1)).reasons()).containsExactly(new IntakeRefusalReason.AlreadyThisSchoolYear(
                kz.qyzmet.domain.catalog.CatalogCode.of("attestation-once-per-school-year"), first.id(), LocalDate.of(2025, 9, 1)));
    }

    @Test
    void aWithdrawnApplicationDoesNotCountAndOtherServicesAreNotLimited() {
        MutableClock clock = new MutableClock(2025, 9, 15, 10, 0);
        ScenarioWorld world = new ScenarioWorld(clock);
        RequestView first = attestation(world);
        world.qyzmet.requests().withdrawal().withdraw(act(APPLICANT, first));
        clock.set(2025, 9, 16, 10, 0);
        assertThat(attestation(world).status()).isEqualTo(RequestStatus.ACCEPTED);

        // a duplicate of a document twice in a school year is fine: its standard states no such limit
        for (int i = 0; i < 2; i++) {
            RequestView duplicate = world.submit(OFFICER, "803005", Channel.PROVIDER_OFFICE, "school-1",
                    documents("application", "identity-document"), true, null);
            assertThat(world.qyzmet.requests().intake().accept(act(OFFICER, duplicate)).status()).isEqualTo(RequestStatus.ACCEPTED);
        }
    }

    @Test
    void applicationsOutsideSeptemberToDecemberAreRefusedAsWindowClosed() {
        ScenarioWorld world = new ScenarioWorld(new MutableClock(2026, 2, 2, 10, 0));
        RequestView request = attestation(world);
        assertThat(request.status()).isEqualTo(RequestStatus.INTAKE_REFUSED);
        assertThat(((RequestEvent.IntakeRefused) request.history().get(1)).reasons())
                .singleElement().isInstanceOf(IntakeRefusalReason.WindowClosed.class);
    }

    @Test
    void aTeacherIsDueFiveYearsAfterTheLastAttestationWasIssued() {
        MutableClock clock = new MutableClock(2024, 9, 16, 10, 0);
        ScenarioWorld world = new ScenarioWorld(clock);
        RequestView issued = issue(world, attestation(world));
        assertThat(issued.status()).isEqualTo(RequestStatus.ISSUED);

        var due = world.qyzmet.attestations();
        assertThat(due.due(new DueAttestationsQuery(OFFICER, LocalDate.of(2029, 9, 15)))).isEmpty();
        List<DueAttestation> teachers = due.due(new DueAttestationsQuery(OFFICER, LocalDate.of(2029, 9, 16)));
        assertThat(teachers).containsExactly(new DueAttestation(ScenarioWorld.APPLICANT_IIN, LocalDate.of(2024, 9, 16),
                LocalDate.of(2029, 9, 16), issued.id().value()));
        assertThat(due.due(new DueAttestationsQuery(HEAD, LocalDate.of(2030, 1, 10)))).hasSize(1);

        // another school's staff and the teacher do not see the list
        assertThat(due.due(new DueAttestationsQuery(OTHER_SCHOOL_OFFICER, LocalDate.of(2030, 1, 10)))).isEmpty();
        assertThat(due.due(new DueAttestationsQuery(APPLICANT, LocalDate.of(2030, 1, 10)))).isEmpty();

        // attested again in 2026: no longer due in 2030
        clock.set(2026, 10, 5, 10, 0);
        issue(world, attestation(world));
        assertThat(due.due(new DueAttestationsQuery(OFFICER, LocalDate.of(2030, 1, 10)))).isEmpty();
        assertThat(due.due(new DueAttestationsQuery(OFFICER, LocalDate.of(2031, 10, 5)))).extracting(DueAttestation::lastIssued)
                .containsExactly(LocalDate.of(2026, 10, 5));
    }
}
